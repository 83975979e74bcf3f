import { describe, expect, it } from 'vitest';
import { MENU, menuAccess, menuEntryFor } from './menu';
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
      'security',
      'help',
    ]);
  });

  it('offers exactly the entries whose screens are built', () => {
    const available = MENU.filter((e) => e.available).map((e) => e.id);
    expect(available).toEqual(expect.arrayContaining(['dashboard', 'billing', 'users']));
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
    expect(menuEntryFor('/domains')?.id).toBe('domains');
    expect(menuEntryFor('/nowhere')).toBeUndefined();
  });

  it('finds the entry of a route below an entry', () => {
    expect(menuEntryFor('/billing')?.id).toBe('billing');
    expect(menuEntryFor('/billing/invoices/inv-1')?.id).toBe('billing');
    expect(menuEntryFor('/billingx')).toBeUndefined();
    expect(menuEntryFor('/domains/example.de/dns')?.id).toBe('domains');
    expect(menuEntryFor('/domainsx')).toBeUndefined();
  });

  const entry = (id: string) => MENU.find((e) => e.id === id)!;

  it('opens an entry only with the right it needs, naming the missing one', () => {
    const limited = ['contracts', 'tickets', 'domains', 'dns', 'contacts'] as const;
    expect(menuAccess(entry('billing'), limited)).toEqual({
      open: false,
      reason: 'missingRight',
      right: 'invoices',
    });
    expect(menuAccess(entry('users'), limited)).toEqual({
      open: false,
      reason: 'missingRight',
      right: 'users',
    });
    expect(menuAccess(entry('contacts'), limited)).toEqual({ open: true });
    expect(menuAccess(entry('dashboard'), [])).toEqual({ open: true });
  });

  it('keeps entries not built yet closed whatever the rights, and opens while rights are unknown', () => {
    const notBuilt = { ...entry('billing'), available: false };
    expect(menuAccess(notBuilt, null)).toEqual({ open: false, reason: 'comingSoon' });
    expect(menuAccess(notBuilt, ['invoices'])).toEqual({ open: false, reason: 'comingSoon' });
    expect(menuAccess(entry('billing'), null)).toEqual({ open: true });
  });
});
