import { describe, expect, it } from 'vitest';
import { BILLING_ROUTES, invoiceRoute, parseBillingPath } from './routes';

describe('billing routes', () => {
  it('names a view for each section', () => {
    for (const [section, route] of Object.entries(BILLING_ROUTES)) {
      expect(parseBillingPath(route)).toEqual({ section });
    }
  });

  it('round-trips an invoice id, also one that needs escaping', () => {
    expect(parseBillingPath(invoiceRoute('inv-42'))).toEqual({
      section: 'invoices',
      invoiceId: 'inv-42',
    });
    expect(parseBillingPath(invoiceRoute('a/b c'))).toEqual({
      section: 'invoices',
      invoiceId: 'a/b c',
    });
  });

  it('names nothing for unknown or broken paths', () => {
    expect(parseBillingPath('/billing/nowhere')).toBeNull();
    expect(parseBillingPath('/billing/invoices/')).toBeNull();
    expect(parseBillingPath('/billing/invoices/a/b')).toBeNull();
    expect(parseBillingPath('/billing/invoices/%E0%A4%A')).toBeNull();
  });
});
