/** E-invoice formats (EN 16931) the provider hands out, shared by server, core and renderer. */

export const EINVOICE_FORMATS = ['xrechnung-cii', 'xrechnung-ubl', 'zugferd'] as const;
export type EInvoiceFormat = (typeof EINVOICE_FORMATS)[number];

/** What a new installation offers first: XRechnung in CII syntax (the same XML ZUGFeRD embeds). */
export const DEFAULT_EINVOICE_FORMAT: EInvoiceFormat = 'xrechnung-cii';

/** The file ending of a format's document. */
export function einvoiceExtension(format: EInvoiceFormat): 'xml' | 'pdf' {
  return format === 'zugferd' ? 'pdf' : 'xml';
}
