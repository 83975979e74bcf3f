/**
 * The "Kundencenter" menu as data, in the provider's order. A later issue builds a menu's
 * screen, registers it in screens.ts and sets `available: true` here.
 */
export type MenuId =
  | 'dashboard'
  | 'billing'
  | 'products'
  | 'domains'
  | 'support'
  | 'customerInformation'
  | 'contacts'
  | 'users'
  | 'help';

export interface MenuEntry {
  id: MenuId;
  /** i18n key of the entry's label (and of its screen's title) */
  labelKey: `menu.${MenuId}`;
  /** hash route, e.g. "/billing" for "#/billing" */
  route: string;
  /** false: shown disabled with a "folgt" hint, no screen yet */
  available: boolean;
}

export const MENU: readonly MenuEntry[] = [
  { id: 'dashboard', labelKey: 'menu.dashboard', route: '/', available: true },
  { id: 'billing', labelKey: 'menu.billing', route: '/billing', available: true },
  { id: 'products', labelKey: 'menu.products', route: '/products', available: false },
  { id: 'domains', labelKey: 'menu.domains', route: '/domains', available: false },
  { id: 'support', labelKey: 'menu.support', route: '/support', available: false },
  {
    id: 'customerInformation',
    labelKey: 'menu.customerInformation',
    route: '/customer-information',
    available: false,
  },
  { id: 'contacts', labelKey: 'menu.contacts', route: '/contacts', available: false },
  { id: 'users', labelKey: 'menu.users', route: '/users', available: false },
  { id: 'help', labelKey: 'menu.help', route: '/help', available: false },
];

/**
 * The available entry for a route or a route below it ("/billing/invoices/42" → billing), or
 * undefined (unknown or not built yet).
 */
export function menuEntryFor(path: string): MenuEntry | undefined {
  return MENU.find(
    (entry) =>
      entry.available &&
      (entry.route === path || (entry.route !== '/' && path.startsWith(`${entry.route}/`))),
  );
}
