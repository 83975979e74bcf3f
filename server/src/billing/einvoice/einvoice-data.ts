/**
 * The invoice in @e-invoice-eu/core's input format (UBL-shaped JSON, EN 16931 business terms)
 * from the same data the PDF is drawn from: seller with VAT ID, tax number and register, the
 * buyer with customer number and VAT ID where given, every line with its contract and service
 * period, the tax breakdown as the invoice has it (VAT rounded per line, summed per rate), and
 * the payment terms with the SEPA mandate reference or the provider's bank account.
 *
 * Pure: the caller gives the invoice document and the recipient's electronic address.
 */
import type { Invoice as EInvoiceInput } from '@e-invoice-eu/core';
import type { InvoiceLine } from '../../../../src/shared/billing';
import { germanDate } from '../dates';
import { euro } from '../invoice-pdf';
import type { InvoiceDocument } from '../invoices';
import { PROVIDER } from '../provider';

/** Member states of the EU besides Germany: a business there with a VAT ID gets reverse charge. */
const EU_COUNTRIES = new Set(
  'AT BE BG CY CZ DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '),
);

/** §13b UStG: the buyer owes the VAT (EU business customer with a VAT ID, 0 % on the invoice). */
export function isReverseCharge({ invoice, snapshot }: InvoiceDocument): boolean {
  const r = snapshot.recipient;
  return (
    r.vatId !== null &&
    EU_COUNTRIES.has(r.country) &&
    invoice.lines.every((line) => line.vatRate === 0)
  );
}

export const REVERSE_CHARGE_NOTE = 'Steuerschuldnerschaft des Leistungsempfängers (§ 13b UStG)';

/** Cents as the decimal string EN 16931 amounts are written in. */
export function amount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const EUR = 'EUR';
const money = (key: string, cents: number) => ({
  [key]: amount(cents),
  [`${key}@currencyID`]: EUR,
});

function taxCategory(rate: number, reverseCharge: boolean) {
  return {
    'cbc:ID': reverseCharge ? 'AE' : 'S',
    'cbc:Percent': String(rate),
    'cac:TaxScheme': { 'cbc:ID': 'VAT' },
  };
}

function paymentTerms(doc: InvoiceDocument): string {
  const { invoice, snapshot } = doc;
  const due = germanDate(invoice.dueDate);
  const total = euro(invoice.grossCents);
  switch (snapshot.payment.method) {
    case 'sepa_direct_debit':
      return `Der Rechnungsbetrag von ${total} wird zum ${due} per SEPA-Lastschrift eingezogen.`;
    case 'paypal':
      return `Der Rechnungsbetrag von ${total} wird zum ${due} über PayPal abgebucht.`;
    case 'credit_card':
      return `Der Rechnungsbetrag von ${total} wird zum ${due} der Kreditkarte belastet.`;
    case 'bank_transfer':
      return `Zahlbar ohne Abzug bis zum ${due} unter Angabe der Rechnungsnummer ${invoice.number}.`;
  }
}

/** BG-16: SEPA credit transfer to the provider, SEPA direct debit, or the card/PayPal. */
function paymentMeans(doc: InvoiceDocument, debitedIban: string | null) {
  const { invoice, snapshot } = doc;
  switch (snapshot.payment.method) {
    case 'sepa_direct_debit':
      return {
        'cbc:PaymentMeansCode': '59',
        'cbc:PaymentID': invoice.number,
        // BT-89 mandate reference, BT-91 the debited account (XRechnung requires both)
        'cac:PaymentMandate': {
          'cbc:ID': snapshot.payment.mandateReference ?? invoice.number,
          ...(debitedIban ? { 'cac:PayerFinancialAccount': { 'cbc:ID': debitedIban } } : {}),
        },
      };
    case 'paypal':
      // UNTDID 4461 68: online payment service
      return { 'cbc:PaymentMeansCode': '68', 'cbc:PaymentID': invoice.number };
    case 'credit_card':
      // 54 would need the card's number (BG-18), which the provider does not print
      return { 'cbc:PaymentMeansCode': '1', 'cbc:PaymentID': invoice.number };
    case 'bank_transfer':
      return {
        'cbc:PaymentMeansCode': '58',
        'cbc:PaymentID': invoice.number,
        'cac:PayeeFinancialAccount': {
          'cbc:ID': PROVIDER.bank.iban.replace(/\s+/g, ''),
          'cbc:Name': PROVIDER.name,
          'cac:FinancialInstitutionBranch': { 'cbc:ID': PROVIDER.bank.bic },
        },
      };
  }
}

function seller(doc: InvoiceDocument) {
  const party: Record<string, unknown> = {
    'cbc:EndpointID': PROVIDER.email,
    'cbc:EndpointID@schemeID': 'EM',
    'cac:PartyName': { 'cbc:Name': PROVIDER.name },
    'cac:PostalAddress': {
      'cbc:StreetName': PROVIDER.street,
      'cbc:CityName': PROVIDER.city,
      'cbc:PostalZone': PROVIDER.postalCode,
      'cac:Country': { 'cbc:IdentificationCode': 'DE' },
    },
    // §14 Abs. 4 Nr. 2 UStG: VAT ID (BT-31) and tax number (BT-32)
    'cac:PartyTaxScheme': [
      { 'cbc:CompanyID': PROVIDER.vatId, 'cac:TaxScheme': { 'cbc:ID': 'VAT' } },
      { 'cbc:CompanyID': PROVIDER.taxNumber, 'cac:TaxScheme': { 'cbc:ID': 'FC' } },
    ],
    'cac:PartyLegalEntity': {
      'cbc:RegistrationName': PROVIDER.name,
      'cbc:CompanyID': `${PROVIDER.register}, ${PROVIDER.court}`,
      'cbc:CompanyLegalForm': `Geschäftsführung: ${PROVIDER.managingDirectors}`,
    },
    'cac:Contact': {
      'cbc:Name': 'Buchhaltung',
      'cbc:Telephone': PROVIDER.phone,
      'cbc:ElectronicMail': PROVIDER.email,
    },
  };
  // BT-90, the creditor identifier of a direct debit: UBL carries it with the seller; the
  // library does not take it over into CII (see creditorReferenceOf / einvoice-render)
  if (doc.snapshot.payment.method === 'sepa_direct_debit') {
    party['cac:PartyIdentification'] = [
      { 'cbc:ID': PROVIDER.creditorId, 'cbc:ID@schemeID': 'SEPA' },
    ];
  }
  return { 'cac:Party': party };
}

function buyer(doc: InvoiceDocument, buyerEmail: string) {
  const r = doc.snapshot.recipient;
  const name = r.company ?? r.name;
  const party: Record<string, unknown> = {
    'cbc:EndpointID': buyerEmail,
    'cbc:EndpointID@schemeID': 'EM',
    // BT-46: the customer number, as on the PDF
    'cac:PartyIdentification': { 'cbc:ID': doc.snapshot.customerNumber },
    'cac:PartyName': { 'cbc:Name': name },
    'cac:PostalAddress': {
      'cbc:StreetName': r.street,
      'cbc:CityName': r.city,
      'cbc:PostalZone': r.postalCode,
      'cac:Country': { 'cbc:IdentificationCode': r.country },
    },
    'cac:PartyLegalEntity': { 'cbc:RegistrationName': name },
  };
  if (r.vatId) {
    party['cac:PartyTaxScheme'] = {
      'cbc:CompanyID': r.vatId,
      'cac:TaxScheme': { 'cbc:ID': 'VAT' },
    };
  }
  if (r.company) party['cac:Contact'] = { 'cbc:Name': r.name };
  return { 'cac:Party': party };
}

function line(l: InvoiceLine, position: number, reverseCharge: boolean) {
  const entry: Record<string, unknown> = {
    'cbc:ID': String(position),
    'cbc:InvoicedQuantity': String(l.quantity),
    // UN/ECE Rec. 20 C62: "one" (a unit of the service)
    'cbc:InvoicedQuantity@unitCode': 'C62',
    ...money('cbc:LineExtensionAmount', l.netCents),
    'cac:InvoicePeriod': { 'cbc:StartDate': l.periodStart, 'cbc:EndDate': l.periodEnd },
    'cac:Item': {
      'cbc:Name': l.description,
      // BT-155: the contract the line bills, what costs per contract are summed by (BT-128
      // would fit too, but the library writes it where the CII schema does not allow it)
      ...(l.contractId ? { 'cac:SellersItemIdentification': { 'cbc:ID': l.contractId } } : {}),
      'cac:ClassifiedTaxCategory': taxCategory(l.vatRate, reverseCharge),
    },
    'cac:Price': money('cbc:PriceAmount', l.unitNetCents),
  };
  return entry;
}

/** BT-90 of a direct debit, which CII carries in the settlement (null otherwise). */
export function creditorReferenceOf(doc: InvoiceDocument): string | null {
  return doc.snapshot.payment.method === 'sepa_direct_debit' ? PROVIDER.creditorId : null;
}

/** What the invoice document does not hold but the e-invoice needs. */
export interface EInvoiceExtras {
  /** BT-49: where the buyer receives invoices (the billing e-mail) */
  buyerEmail: string;
  /** BT-91: the IBAN of the SEPA mandate the invoice is collected with */
  debitedIban: string | null;
}

/** The EN 16931 invoice of an invoice document, to hand to the library. */
export function einvoiceInput(doc: InvoiceDocument, extras: EInvoiceExtras): EInvoiceInput {
  const { invoice, snapshot } = doc;
  const reverseCharge = isReverseCharge(doc);
  const notes = reverseCharge ? [REVERSE_CHARGE_NOTE] : [];
  const data: Record<string, unknown> = {
    'cbc:ID': invoice.number,
    'cbc:IssueDate': invoice.issueDate,
    'cbc:DueDate': invoice.dueDate,
    'cbc:InvoiceTypeCode': '380',
    ...(notes.length > 0 ? { 'cbc:Note': notes } : {}),
    'cbc:DocumentCurrencyCode': EUR,
    // BT-10 (XRechnung requires it): no Leitweg-ID here, so the customer number
    'cbc:BuyerReference': snapshot.customerNumber,
    'cac:InvoicePeriod': {
      'cbc:StartDate': invoice.servicePeriodStart,
      'cbc:EndDate': invoice.servicePeriodEnd,
    },
    'cac:AccountingSupplierParty': seller(doc),
    'cac:AccountingCustomerParty': buyer(doc, extras.buyerEmail),
    // the CII syntax needs a delivery block; the service was rendered by the period's end
    'cac:Delivery': { 'cbc:ActualDeliveryDate': invoice.servicePeriodEnd },
    'cac:PaymentMeans': [paymentMeans(doc, extras.debitedIban)],
    'cac:PaymentTerms': { 'cbc:Note': paymentTerms(doc) },
    'cac:TaxTotal': [
      {
        ...money('cbc:TaxAmount', invoice.vatCents),
        'cac:TaxSubtotal': invoice.taxes.map((t) => ({
          ...money('cbc:TaxableAmount', t.netCents),
          ...money('cbc:TaxAmount', t.vatCents),
          'cac:TaxCategory': {
            ...taxCategory(t.vatRate, reverseCharge),
            ...(reverseCharge
              ? {
                  'cbc:TaxExemptionReasonCode': 'VATEX-EU-AE',
                  'cbc:TaxExemptionReason': REVERSE_CHARGE_NOTE,
                }
              : {}),
          },
        })),
      },
    ],
    'cac:LegalMonetaryTotal': {
      ...money('cbc:LineExtensionAmount', invoice.netCents),
      ...money('cbc:TaxExclusiveAmount', invoice.netCents),
      ...money('cbc:TaxInclusiveAmount', invoice.grossCents),
      ...money('cbc:PayableAmount', invoice.grossCents),
    },
    'cac:InvoiceLine': invoice.lines.map((l, i) => line(l, i + 1, reverseCharge)),
  };
  return { 'ubl:Invoice': data } as unknown as EInvoiceInput;
}
