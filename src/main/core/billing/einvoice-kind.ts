/** E-invoices in the encrypted cache, one store per format (src/main/core/billing/pdf-store.ts). */
import { EINVOICE_FORMATS, einvoiceExtension, type EInvoiceFormat } from '../../../shared/einvoice';
import type { DocumentKind } from './pdf-store';
import { safeFileName } from './year-archive';

export const einvoiceKey = (format: EInvoiceFormat, id: string) => `einvoice:${format}:${id}`;

export function einvoiceKind(format: EInvoiceFormat): DocumentKind {
  return {
    index: `einvoice-index:${format}`,
    key: (id) => einvoiceKey(format, id),
    path: (id) => `/v1/invoices/${encodeURIComponent(id)}/einvoice?format=${format}`,
  };
}

/** Every format's cache name of an invoice's e-invoice (dropped with the invoice). */
export const einvoiceKeys = (id: string) => EINVOICE_FORMATS.map((f) => einvoiceKey(f, id));

/** `Rechnung-RE-2026-000123.xrechnung-cii.xml`, as the server names it. */
export const einvoiceFileName = (number: string, format: EInvoiceFormat) =>
  `Rechnung-${safeFileName(number)}.${format}.${einvoiceExtension(format)}`;
