/**
 * A TOTP secret as the renderer may show it: the QR code of its otpauth URI as a module
 * matrix (qrcode's encoder, drawn as SVG by React) and the secret in groups of four.
 */
import QRCode from 'qrcode';
import type { TotpEnrollment } from '../../../shared/security/types';

export interface TotpSetupAnswer {
  secret: string;
  otpauthUri: string;
  expiresAt: string;
}

export function groupSecret(secret: string): string {
  return (secret.match(/.{1,4}/g) ?? []).join(' ');
}

export function enrollment(setup: TotpSetupAnswer, account: string): TotpEnrollment {
  const qr = QRCode.create(setup.otpauthUri, { errorCorrectionLevel: 'M' });
  let modules = '';
  for (let i = 0; i < qr.modules.size * qr.modules.size; i++) {
    modules += qr.modules.data[i] ? '1' : '0';
  }
  return {
    size: qr.modules.size,
    modules,
    secretGroups: groupSecret(setup.secret),
    account,
    expiresAt: setup.expiresAt,
  };
}
