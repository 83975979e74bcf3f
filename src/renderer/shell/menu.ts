/**
 * The "Kundencenter" menu as data, in the provider's order. A later issue builds a menu's
 * screen, registers it in screens.ts and sets `available: true` here. Each entry names the
 * right it needs; the server enforces it, the menu shows an entry the user lacks it for as
 * disabled with the reason.
 */
import type { Right } from '../../shared/team/types';

export type MenuId =
  | 'dashboard'
  | 'billing'
  | 'products'
  | 'domains'
  | 'support'
  | 'customerInformation'
  | 'contacts'
  | 'users'
  | 'security'
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

/** The right each menu needs (none: every member may open it). */
export const MENU_RIGHTS: Readonly<Record<MenuId, Right | null>> = {
  dashboard: null,
  billing: 'invoices',
  products: 'contracts',
  domains: 'domains',
  support: 'tickets',
  customerInformation: 'customerData',
  contacts: 'contacts',
  users: 'users',
  // the signed-in person's own protection: every member may open it
  security: null,
  help: null,
};

/** Whether an entry can be opened, and if not, why. */
export type MenuAccess =
  | { open: true }
  | { open: false; reason: 'comingSoon' }
  | { open: false; reason: 'missingRight'; right: Right };

/**
 * What a user with these rights may do with an entry. Rights not known yet (nothing cached,
 * first start offline) open it: the server refuses what it must, and says why.
 */
export function menuAccess(entry: MenuEntry, rights: readonly Right[] | null): MenuAccess {
  if (!entry.available) return { open: false, reason: 'comingSoon' };
  const right = MENU_RIGHTS[entry.id];
  if (right && rights && !rights.includes(right)) {
    return { open: false, reason: 'missingRight', right };
  }
  return { open: true };
}

export const MENU: readonly MenuEntry[] = [
  { id: 'dashboard', labelKey: 'menu.dashboard', route: '/', available: true },
  { id: 'billing', labelKey: 'menu.billing', route: '/billing', available: true },
  { id: 'products', labelKey: 'menu.products', route: '/products', available: true },
  { id: 'domains', labelKey: 'menu.domains', route: '/domains', available: true },
  { id: 'support', labelKey: 'menu.support', route: '/support', available: true },
  {
    id: 'customerInformation',
    labelKey: 'menu.customerInformation',
    route: '/customer-information',
    available: true,
  },
  { id: 'contacts', labelKey: 'menu.contacts', route: '/contacts', available: true },
  { id: 'users', labelKey: 'menu.users', route: '/users', available: true },
  { id: 'security', labelKey: 'menu.security', route: '/security', available: true },
  { id: 'help', labelKey: 'menu.help', route: '/help', available: true },
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
