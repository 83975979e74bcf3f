import { describe, expect, it } from 'vitest';
import { MENU, menuEntryFor } from './menu';
import { SCREENS } from './screens';

describe('menu', () => {
  it("lists the Kundencenter's menus in the provider's order", () => {
    expect(MENU.map((e) => e.id)).toEqual([
      'dashboard',
      'billing',
      'products',
      'domains',
      'support',
      'customerInformation',
      'contacts',
      'users',
      'help',
    ]);
  });

  it('offers exactly the entries whose screens are built', () => {
    const available = MENU.filter((e) => e.available).map((e) => e.id);
    expect(available).toEqual(['dashboard', 'billing']);
    expect(available.sort()).toEqual(Object.keys(SCREENS).sort());
  });

  it('gives every entry its own route and label key', () => {
    expect(new Set(MENU.map((e) => e.route)).size).toBe(MENU.length);
    for (const entry of MENU) {
      expect(entry.route.startsWith('/')).toBe(true);
      expect(entry.labelKey).toBe(`menu.${entry.id}`);
    }
  });

  it('finds available entries by route only', () => {
    expect(menuEntryFor('/')?.id).toBe('dashboard');
    expect(menuEntryFor('/products')).toBeUndefined();
    expect(menuEntryFor('/nowhere')).toBeUndefined();
  });

  it('finds the entry of a route below an entry', () => {
    expect(menuEntryFor('/billing')?.id).toBe('billing');
    expect(menuEntryFor('/billing/invoices/inv-1')?.id).toBe('billing');
    expect(menuEntryFor('/billingx')).toBeUndefined();
    expect(menuEntryFor('/products/1')).toBeUndefined();
  });
});
