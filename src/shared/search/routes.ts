/**
 * The renderer routes a search result opens. The core builds results but may not import the
 * renderer, so the shapes are written here once; a renderer test proves each one opens the
 * view it names (billing/routes, products/routes, support/routes, the menu).
 */
const enc = encodeURIComponent;

export const SEARCH_ROUTES = {
  invoice: (id: string) => `/billing/invoices/${enc(id)}`,
  contract: (id: string) => `/products/${enc(id)}`,
  domain: (name: string) => `/domains/${enc(name)}`,
  ticket: (id: string) => `/support/tickets/${enc(id)}`,
  /** contacts have no page of their own: the list, with the one found opened for editing */
  contact: (id: string) => `/contacts?contact=${enc(id)}`,
} as const;
