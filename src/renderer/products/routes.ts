/** The hash routes of "Produkte & Dienste" and which view each one shows. */

export const PRODUCTS_ROUTE = '/products';
/** the cancellation page; `?contract=<id>` preselects a contract */
export const CANCEL_ROUTE = '/products/cancel';
export const CANCEL_CONTRACT_PARAM = 'contract';

export type ProductsView =
  | { view: 'list' }
  | { view: 'cancel' }
  | { view: 'detail'; id: string }
  | { view: 'credentials'; id: string }
  | { view: 'cancellation'; id: string };

const enc = encodeURIComponent;

/** "/products/<id>": one contract. */
export function contractRoute(id: string): string {
  return `${PRODUCTS_ROUTE}/${enc(id)}`;
}

/** "/products/<id>/credentials": its access credentials. */
export function credentialsRoute(id: string): string {
  return `${contractRoute(id)}/credentials`;
}

/** "/products/<id>/cancellation": the receipt of its cancellation (and revoking it). */
export function cancellationRoute(id: string): string {
  return `${contractRoute(id)}/cancellation`;
}

/** "/products/cancel?contract=<id>": the cancellation page, for one contract or to choose one. */
export function cancelRoute(id?: string): string {
  return id === undefined ? CANCEL_ROUTE : `${CANCEL_ROUTE}?${CANCEL_CONTRACT_PARAM}=${enc(id)}`;
}

const SUB_VIEWS: Record<string, 'credentials' | 'cancellation'> = {
  credentials: 'credentials',
  cancellation: 'cancellation',
};

/** The view a path under /products names, or null for one that names none. */
export function parseProductsPath(path: string): ProductsView | null {
  if (path === PRODUCTS_ROUTE) return { view: 'list' };
  if (path === CANCEL_ROUTE) return { view: 'cancel' };
  if (!path.startsWith(`${PRODUCTS_ROUTE}/`)) return null;
  const parts = path.slice(PRODUCTS_ROUTE.length + 1).split('/');
  if (parts.length > 2 || parts[0] === '') return null;
  let id: string;
  try {
    id = decodeURIComponent(parts[0]!);
  } catch {
    return null;
  }
  if (parts.length === 1) return { view: 'detail', id };
  const sub = SUB_VIEWS[parts[1]!];
  return sub ? { view: sub, id } : null;
}
