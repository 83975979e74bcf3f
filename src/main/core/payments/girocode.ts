/**
 * The GiroCode (EPC QR code, EPC069-12 "Quick Response Code: Guidelines to Enable Data
 * Capture for the Initiation of a SEPA Credit Transfer", version 002): the payload a banking
 * app scans to fill in a transfer, and its QR module matrix (qrcode's encoder, error
 * correction M as the guideline requires) for the renderer to draw as SVG.
 */
import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import QRCode from 'qrcode';

export interface GiroCodeTransfer {
  /** the beneficiary, at most 70 characters */
  name: string;
  iban: string;
  /** optional in version 002 (within the EEA) */
  bic?: string;
  /** euro cents, 1 to 99,999,999,999 (0.01 to 999,999,999.99) */
  amountCents: number;
  /** unstructured remittance information (the invoice number), at most 140 characters */
  reference: string;
}

/** the payload may not exceed 331 bytes (EPC069-12, 3.4) */
export const GIROCODE_MAX_BYTES = 331;
const MAX_AMOUNT_CENTS = 99_999_999_999;

export class GiroCodeError extends Error {}

/** "EUR12.30": the amount with a decimal point and two decimals, no grouping. */
export function epcAmount(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 1 || cents > MAX_AMOUNT_CENTS) {
    throw new GiroCodeError('amount out of range');
  }
  return `EUR${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** The payload's lines (LF-separated, no trailing line feed), after checking every field. */
export function giroCodePayload(transfer: GiroCodeTransfer): string {
  const name = transfer.name.trim();
  if (name === '' || [...name].length > 70) throw new GiroCodeError('name');
  const iban = electronicFormatIBAN(transfer.iban) ?? '';
  if (!isValidIBAN(iban)) throw new GiroCodeError('iban');
  const bic = (transfer.bic ?? '').replace(/\s+/g, '').toUpperCase();
  if (bic !== '' && !isValidBIC(bic)) throw new GiroCodeError('bic');
  const reference = transfer.reference.trim();
  if ([...reference].length > 140) throw new GiroCodeError('reference');
  // no field may hold a line break: it would shift every field after it
  if (/[\r\n]/.test(name + reference)) throw new GiroCodeError('line break');
  const lines = [
    'BCD', // service tag
    '002', // version
    '1', // character set: UTF-8
    'SCT', // SEPA credit transfer
    bic,
    name,
    iban,
    epcAmount(transfer.amountCents),
    '', // purpose code
    '', // structured reference (RF…): the invoice number is none, so it goes unstructured
    reference,
  ];
  const payload = lines.join('\n');
  if (Buffer.byteLength(payload, 'utf8') > GIROCODE_MAX_BYTES) throw new GiroCodeError('too long');
  return payload;
}

/** A QR code as the renderer draws it: side length and the modules row by row ("1" dark). */
export interface QrMatrix {
  size: number;
  modules: string;
}

export function qrMatrix(text: string): QrMatrix {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  let modules = '';
  for (let i = 0; i < qr.modules.size * qr.modules.size; i++) {
    modules += qr.modules.data[i] ? '1' : '0';
  }
  return { size: qr.modules.size, modules };
}
