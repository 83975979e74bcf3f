/**
 * The provider as it appears on invoices and mandates. The sandbox's provider is invented:
 * every identifier here is a well-formed example, not a real company's.
 */
import type { PaymentMethodKind } from '../../../src/shared/billing';

export const PROVIDER = {
  name: 'CMO Hosting GmbH',
  street: 'Musterstraße 1',
  postalCode: '10115',
  city: 'Berlin',
  country: 'Deutschland',
  phone: '+49 30 9999999-0',
  email: 'buchhaltung@cmo-hosting.example',
  web: 'www.cmo-hosting.example',
  /** check digit valid (ISO 7064 MOD 11,10), and not the demo customer's DE123456789 */
  vatId: 'DE298765435',
  taxNumber: '37/123/45678',
  court: 'Amtsgericht Berlin-Charlottenburg',
  register: 'HRB 123456 B',
  managingDirectors: 'Anna Beispiel, Bernd Muster',
  bank: {
    name: 'Commerzbank Köln',
    iban: 'DE89 3704 0044 0532 0130 00',
    bic: 'COBADEFFXXX',
  },
  /** the Bundesbank's test creditor identifier (valid check digits) */
  creditorId: 'DE98ZZZ09999999999',
} as const;

/** Payment terms of every invoice: due this many days after issue. */
export const PAYMENT_TERM_DAYS = 14;

/** What the provider offers, in the order a form lists them. */
export const PAYMENT_METHODS: PaymentMethodKind[] = [
  'sepa_direct_debit',
  'bank_transfer',
  'paypal',
  'credit_card',
];

export const DEFAULT_PAYMENT_METHOD: PaymentMethodKind = 'bank_transfer';

export const VAT_RATE = 19;
