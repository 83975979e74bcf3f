/**
 * The screen of each available menu entry. Only the dashboard is in the first bundle: the
 * other menus load when first opened, so a start paints the dashboard sooner.
 */
import { lazy, type ComponentType } from 'react';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import type { MenuId } from './menu';

export const SCREENS: Partial<Record<MenuId, ComponentType>> = {
  dashboard: DashboardScreen,
  billing: lazy(() =>
    import('../billing/BillingScreen').then((m) => ({ default: m.BillingScreen })),
  ),
  products: lazy(() =>
    import('../products/ProductsScreen').then((m) => ({ default: m.ProductsScreen })),
  ),
  customerInformation: lazy(() =>
    import('../account/CustomerInformationScreen').then((m) => ({
      default: m.CustomerInformationScreen,
    })),
  ),
  contacts: lazy(() =>
    import('../contacts/ContactsScreen').then((m) => ({ default: m.ContactsScreen })),
  ),
  users: lazy(() => import('../users/UsersScreen').then((m) => ({ default: m.UsersScreen }))),
  support: lazy(() =>
    import('../support/SupportScreen').then((m) => ({ default: m.SupportScreen })),
  ),
  domains: lazy(() =>
    import('../domains/DomainsScreen').then((m) => ({ default: m.DomainsScreen })),
  ),
  security: lazy(() =>
    import('../security/SecurityScreen').then((m) => ({ default: m.SecurityScreen })),
  ),
  help: lazy(() => import('../help/HelpScreen').then((m) => ({ default: m.HelpScreen }))),
};
