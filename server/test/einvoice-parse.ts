/**
 * Reads an e-invoice back (CII or UBL) into the figures and parties a test compares with the
 * invoice it was made from. Amounts in cents, parsed exactly from the decimal strings.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import type { Syntax } from './einvoice-validator';

export interface ParsedEinvoice {
  number: string;
  issueDate: string;
  sellerName: string;
  sellerVatId: string | null;
  sellerTaxNumber: string | null;
  buyerName: string;
  buyerId: string | null;
  buyerVatId: string | null;
  lines: {
    name: string;
    quantity: number;
    priceCents: number;
    netCents: number;
    contract: string | null;
    category: string;
    rate: number;
  }[];
  taxes: { category: string; rate: number; baseCents: number; taxCents: number }[];
  lineTotalCents: number;
  netCents: number;
  taxCents: number;
  grossCents: number;
  payableCents: number;
  paymentCode: string;
  mandate: string | null;
  creditorId: string | null;
  iban: string | null;
}

/** "12.34" → 1234, "-0.5" → -50, exactly (no floating point). */
export function cents(text: string | null | undefined): number {
  const value = (text ?? '').trim();
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) throw new Error(`not an amount with at most two decimals: "${value}"`);
  const whole = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] === '-' ? -whole : whole;
}

const children = (el: Element, name: string): Element[] =>
  Array.from(el.children).filter((c) => c.localName === name);
const child = (el: Element | null | undefined, ...path: string[]): Element | null => {
  let at: Element | null | undefined = el;
  for (const name of path) at = at ? children(at, name)[0] : null;
  return at ?? null;
};
const text = (el: Element | null | undefined, ...path: string[]) =>
  child(el, ...path)?.textContent?.trim() ?? null;
const all = (el: Element, name: string): Element[] =>
  Array.from(el.getElementsByTagNameNS('*', name));

function parseCii(root: Element): ParsedEinvoice {
  const tx = child(root, 'SupplyChainTradeTransaction');
  const agreement = child(tx, 'ApplicableHeaderTradeAgreement');
  const settlement = child(tx, 'ApplicableHeaderTradeSettlement');
  const seller = child(agreement, 'SellerTradeParty');
  const buyer = child(agreement, 'BuyerTradeParty');
  const sum = child(settlement, 'SpecifiedTradeSettlementHeaderMonetarySummation');
  const registration = (party: Element | null, scheme: string) =>
    (party ? children(party, 'SpecifiedTaxRegistration') : [])
      .map((r) => child(r, 'ID'))
      .find((id) => id?.getAttribute('schemeID') === scheme)?.textContent ?? null;
  const means = child(settlement, 'SpecifiedTradeSettlementPaymentMeans');
  return {
    number: text(root, 'ExchangedDocument', 'ID') ?? '',
    issueDate: (text(root, 'ExchangedDocument', 'IssueDateTime', 'DateTimeString') ?? '').replace(
      /^(\d{4})(\d{2})(\d{2})$/,
      '$1-$2-$3',
    ),
    sellerName: text(seller, 'Name') ?? '',
    sellerVatId: registration(seller, 'VA'),
    sellerTaxNumber: registration(seller, 'FC'),
    buyerName: text(buyer, 'Name') ?? '',
    buyerId: text(buyer, 'ID'),
    buyerVatId: registration(buyer, 'VA'),
    lines: (tx ? children(tx, 'IncludedSupplyChainTradeLineItem') : []).map((item) => {
      const tax = child(item, 'SpecifiedLineTradeSettlement', 'ApplicableTradeTax');
      return {
        name: text(item, 'SpecifiedTradeProduct', 'Name') ?? '',
        quantity: Number(text(item, 'SpecifiedLineTradeDelivery', 'BilledQuantity')),
        priceCents: cents(
          text(item, 'SpecifiedLineTradeAgreement', 'NetPriceProductTradePrice', 'ChargeAmount'),
        ),
        netCents: cents(
          text(
            item,
            'SpecifiedLineTradeSettlement',
            'SpecifiedTradeSettlementLineMonetarySummation',
            'LineTotalAmount',
          ),
        ),
        contract: text(item, 'SpecifiedTradeProduct', 'SellerAssignedID'),
        category: text(tax, 'CategoryCode') ?? '',
        rate: Number(text(tax, 'RateApplicablePercent')),
      };
    }),
    taxes: (settlement ? children(settlement, 'ApplicableTradeTax') : []).map((t) => ({
      category: text(t, 'CategoryCode') ?? '',
      rate: Number(text(t, 'RateApplicablePercent')),
      baseCents: cents(text(t, 'BasisAmount')),
      taxCents: cents(text(t, 'CalculatedAmount')),
    })),
    lineTotalCents: cents(text(sum, 'LineTotalAmount')),
    netCents: cents(text(sum, 'TaxBasisTotalAmount')),
    taxCents: cents(text(sum, 'TaxTotalAmount')),
    grossCents: cents(text(sum, 'GrandTotalAmount')),
    payableCents: cents(text(sum, 'DuePayableAmount')),
    paymentCode: text(means, 'TypeCode') ?? '',
    mandate: text(settlement, 'SpecifiedTradePaymentTerms', 'DirectDebitMandateID'),
    creditorId: text(settlement, 'CreditorReferenceID'),
    iban:
      text(means, 'PayeePartyCreditorFinancialAccount', 'IBANID') ??
      text(means, 'PayerPartyDebtorFinancialAccount', 'IBANID'),
  };
}

function parseUbl(root: Element): ParsedEinvoice {
  const seller = child(root, 'AccountingSupplierParty', 'Party');
  const buyer = child(root, 'AccountingCustomerParty', 'Party');
  const scheme = (party: Element | null, id: string) =>
    (party ? children(party, 'PartyTaxScheme') : []).find((s) => text(s, 'TaxScheme', 'ID') === id);
  const sum = child(root, 'LegalMonetaryTotal');
  const means = child(root, 'PaymentMeans');
  const creditor = (seller ? children(seller, 'PartyIdentification') : [])
    .map((p) => child(p, 'ID'))
    .find((id) => id?.getAttribute('schemeID') === 'SEPA');
  return {
    number: text(root, 'ID') ?? '',
    issueDate: text(root, 'IssueDate') ?? '',
    sellerName: text(seller, 'PartyLegalEntity', 'RegistrationName') ?? '',
    sellerVatId: text(scheme(seller, 'VAT'), 'CompanyID'),
    sellerTaxNumber: text(scheme(seller, 'FC'), 'CompanyID'),
    buyerName: text(buyer, 'PartyLegalEntity', 'RegistrationName') ?? '',
    buyerId: text(buyer, 'PartyIdentification', 'ID'),
    buyerVatId: text(scheme(buyer, 'VAT'), 'CompanyID'),
    lines: children(root, 'InvoiceLine').map((line) => {
      const category = child(line, 'Item', 'ClassifiedTaxCategory');
      return {
        name: text(line, 'Item', 'Name') ?? '',
        quantity: Number(text(line, 'InvoicedQuantity')),
        priceCents: cents(text(line, 'Price', 'PriceAmount')),
        netCents: cents(text(line, 'LineExtensionAmount')),
        contract: text(line, 'Item', 'SellersItemIdentification', 'ID'),
        category: text(category, 'ID') ?? '',
        rate: Number(text(category, 'Percent')),
      };
    }),
    taxes: all(root, 'TaxSubtotal').map((t) => ({
      category: text(t, 'TaxCategory', 'ID') ?? '',
      rate: Number(text(t, 'TaxCategory', 'Percent')),
      baseCents: cents(text(t, 'TaxableAmount')),
      taxCents: cents(text(t, 'TaxAmount')),
    })),
    lineTotalCents: cents(text(sum, 'LineExtensionAmount')),
    netCents: cents(text(sum, 'TaxExclusiveAmount')),
    taxCents: cents(text(root, 'TaxTotal', 'TaxAmount')),
    grossCents: cents(text(sum, 'TaxInclusiveAmount')),
    payableCents: cents(text(sum, 'PayableAmount')),
    paymentCode: text(means, 'PaymentMeansCode') ?? '',
    mandate: text(means, 'PaymentMandate', 'ID'),
    creditorId: creditor?.textContent ?? null,
    iban:
      text(means, 'PayeeFinancialAccount', 'ID') ??
      text(means, 'PaymentMandate', 'PayerFinancialAccount', 'ID'),
  };
}

export function parseEinvoice(xml: string, syntax: Syntax): ParsedEinvoice {
  const root = new DOMParser().parseFromString(xml, 'application/xml').documentElement;
  if (!root) throw new Error('not well-formed XML');
  return syntax === 'cii' ? parseCii(root) : parseUbl(root);
}
