/** The hash routes of "Abrechnung" and which view each one shows. */

export const BILLING_ROUTES = {
  overview: '/billing',
  invoices: '/billing/invoices',
  statement: '/billing/statement',
  paymentMethods: '/billing/payment-methods',
  sepa: '/billing/sepa-mandate',
  email: '/billing/email',
  costs: '/billing/costs',
} as const;

export type BillingSection = keyof typeof BILLING_ROUTES;

export type BillingView =
  { section: BillingSection; invoiceId?: undefined } | { section: 'invoices'; invoiceId: string };

const INVOICE_PREFIX = `${BILLING_ROUTES.invoices}/`;

/** The route of one invoice: "/billing/invoices/<id>". */
export function invoiceRoute(id: string): string {
  return `${INVOICE_PREFIX}${encodeURIComponent(id)}`;
}

/** The view a path under /billing names, or null for one that names none. */
export function parseBillingPath(path: string): BillingView | null {
  for (const [section, route] of Object.entries(BILLING_ROUTES) as [BillingSection, string][]) {
    if (path === route) return { section };
  }
  if (path.startsWith(INVOICE_PREFIX)) {
    const rest = path.slice(INVOICE_PREFIX.length);
    if (rest === '' || rest.includes('/')) return null;
    try {
      return { section: 'invoices', invoiceId: decodeURIComponent(rest) };
    } catch {
      return null;
    }
  }
  return null;
}
