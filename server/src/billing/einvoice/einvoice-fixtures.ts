/**
 * Invoice documents for the e-invoice tests, built the way the sandbox issues invoices
 * (`buildLine`, `taxesOf`): a German company paying by transfer with lines whose VAT rounds
 * per line, a person paying by SEPA direct debit, an Austrian business with a VAT ID (reverse
 * charge) and a PayPal payer.
 */
import type { Invoice } from '../../../../src/shared/billing';
import { buildLine, taxesOf, type InvoiceDocument, type InvoiceSnapshot } from '../invoices';

type Recipient = InvoiceSnapshot['recipient'];

function document(
  number: string,
  recipient: Recipient,
  payment: InvoiceSnapshot['payment'],
  lines: Parameters<typeof buildLine>[0][],
): InvoiceDocument {
  const built = lines.map(buildLine);
  const net = built.reduce((s, l) => s + l.netCents, 0);
  const vat = built.reduce((s, l) => s + l.vatCents, 0);
  const invoice: Invoice = {
    id: `inv_${number}`,
    number,
    issueDate: '2026-03-05',
    dueDate: '2026-03-19',
    netCents: net,
    vatCents: vat,
    grossCents: net + vat,
    openCents: net + vat,
    status: 'open',
    customerNumber: 'K-100234',
    servicePeriodStart: built.reduce((m, l) => (l.periodStart < m ? l.periodStart : m), '9999'),
    servicePeriodEnd: built.reduce((m, l) => (l.periodEnd > m ? l.periodEnd : m), '0000'),
    lines: built,
    taxes: taxesOf(built),
  };
  return { invoice, snapshot: { customerNumber: 'K-100234', recipient, payment } };
}

const month = { periodStart: '2026-03-01', periodEnd: '2026-03-31' };

export const COMPANY_DE = document(
  'RE-2026-000101',
  {
    company: 'Muster Webdesign GmbH',
    name: 'Maria Muster',
    street: 'Hauptstraße 5',
    postalCode: '50667',
    city: 'Köln',
    country: 'DE',
    vatId: 'DE123456789',
  },
  { method: 'bank_transfer', mandateReference: null },
  [
    // 14.99 € × 19 % = 2.8481 → 2.85 per line; three such lines sum to 8.55, not 8.54
    {
      description: 'Webhosting Business',
      contractId: 'V-100234-01',
      ...month,
      quantity: 1,
      unitNetCents: 1499,
    },
    {
      description: 'Webhosting Business (Zweitprojekt)',
      contractId: 'V-100234-06',
      ...month,
      quantity: 1,
      unitNetCents: 1499,
    },
    {
      description: 'Webhosting Business (Testumgebung)',
      contractId: 'V-100234-07',
      ...month,
      quantity: 1,
      unitNetCents: 1499,
    },
    {
      description: 'E-Mail Pro 10 (Postfächer)',
      contractId: 'V-100234-02',
      ...month,
      quantity: 10,
      unitNetCents: 100,
    },
    {
      description: 'Einrichtung Managed Server M (einmalig)',
      contractId: 'V-100234-03',
      periodStart: '2026-03-05',
      periodEnd: '2026-03-05',
      quantity: 1,
      unitNetCents: 2900,
    },
  ],
);

export const PERSON_SEPA = document(
  'RE-2026-000102',
  {
    company: null,
    name: 'Jürgen Öztürk',
    street: 'Lindenweg 3',
    postalCode: '80331',
    city: 'München',
    country: 'DE',
    vatId: null,
  },
  { method: 'sepa_direct_debit', mandateReference: 'CMO-K100235-0001' },
  [
    {
      description: 'Webhosting Basic',
      contractId: 'V-100235-01',
      ...month,
      quantity: 1,
      unitNetCents: 499,
    },
  ],
);

export const BUSINESS_AT_REVERSE_CHARGE = document(
  'RE-2026-000103',
  {
    company: 'Alpen Digital GmbH',
    name: 'Lukas Huber',
    street: 'Mariahilfer Straße 10',
    postalCode: '1070',
    city: 'Wien',
    country: 'AT',
    vatId: 'ATU12345678',
  },
  { method: 'bank_transfer', mandateReference: null },
  [
    {
      description: 'Managed Server L',
      contractId: 'V-100240-01',
      ...month,
      quantity: 1,
      unitNetCents: 8900,
      vatRate: 0,
    },
    {
      description: 'Backup Plus',
      contractId: 'V-100240-02',
      ...month,
      quantity: 1,
      unitNetCents: 299,
      vatRate: 0,
    },
  ],
);

export const PAYPAL_PERSON = document(
  'RE-2026-000104',
  {
    company: null,
    name: 'Anna Beispiel',
    street: 'Am Markt 1',
    postalCode: '01067',
    city: 'Dresden',
    country: 'DE',
    vatId: null,
  },
  { method: 'paypal', mandateReference: null },
  [
    {
      description: '.de Domain',
      contractId: null,
      periodStart: '2026-03-05',
      periodEnd: '2027-03-04',
      quantity: 3,
      unitNetCents: 900,
    },
  ],
);

export const FIXTURES = { COMPANY_DE, PERSON_SEPA, BUSINESS_AT_REVERSE_CHARGE, PAYPAL_PERSON };
