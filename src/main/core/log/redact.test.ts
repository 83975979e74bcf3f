import { describe, expect, it } from 'vitest';
import { REDACTED, redactMeta, redactText, redactValue } from './redact';

const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1LTEiLCJleHAiOjE3NjQwMDAwMDB9.c2lnbmF0dXJlLXBhcnQtb2YtdGhlLXRva2Vu';
const REFRESH = 'rt_4mB9xQ2vL7pN0sK3wE8yT1uH6jF5gD2cA9zR';
const IBAN = 'DE89370400440532013000';
const IBAN_PRINTED = 'DE89 3704 0044 0532 0130 00';

describe('redactText', () => {
  it.each([
    ['a bearer header', `Authorization: Bearer ${JWT}`, [JWT]],
    ['a bare JWT', `refresh failed for ${JWT}`, [JWT]],
    ['an opaque refresh token', `token rotated: ${REFRESH}`, [REFRESH]],
    ['a password pair', 'login body password=Demo-Passwort-2026&x=1', ['Demo-Passwort-2026']],
    ['a JSON password', '{"email":"a@b.de","password":"Geheim!123"}', ['Geheim!123']],
    ['a TOTP code pair', 'mfa: code=123456', ['123456']],
    ['an IBAN', `SEPA mandate for ${IBAN} saved`, [IBAN]],
    ['an IBAN as printed', `Konto ${IBAN_PRINTED}.`, ['0532', '3704 0044']],
    ['an Austrian IBAN in lower case', 'iban at611904300234573201 end', ['611904300234573201']],
  ])('hides %s', (_what, text, secrets) => {
    const out = redactText(text);
    for (const secret of secrets) expect(out).not.toContain(secret);
    expect(out).toContain(REDACTED);
  });

  it('keeps what support needs: ids, numbers, dates, routes, e-mail (unless asked)', () => {
    const text =
      'sync: invoices failed for inv-0a1b2c3d (RE-2026-000123) at 2026-11-25, route /support/tickets/T-100234, demo@kundencenter.example, DE12 is no IBAN';
    expect(redactText(text)).toBe(text);
    expect(redactText('for demo@kundencenter.example', { emails: true })).toBe(`for ${REDACTED}`);
  });

  it('leaves a wrong-checksum IBAN lookalike (an order number) alone', () => {
    expect(redactText('order DE00370400440532013000')).toContain('DE00370400440532013000');
  });
});

describe('redactValue', () => {
  it('replaces the values of secret keys at any depth, whatever their type', () => {
    const out = redactValue({
      user: 'demo@kundencenter.example',
      request: {
        headers: { Authorization: `Bearer ${JWT}`, 'x-request-id': 'r-1' },
        body: { password: 'Geheim!123', newPassword: 'Neu!456', code: 654321, iban: IBAN },
      },
      refresh_token: REFRESH,
      tokens: [{ accessToken: JWT }],
      count: 3,
    });
    const text = JSON.stringify(out);
    for (const secret of [JWT, REFRESH, 'Geheim!123', 'Neu!456', '654321', IBAN]) {
      expect(text).not.toContain(secret);
    }
    expect(out).toMatchObject({ user: 'demo@kundencenter.example', count: 3 });
    expect(text).toContain('r-1');
  });

  it('redacts error messages and survives cycles', () => {
    const meta: Record<string, unknown> = { error: new Error(`401 for Bearer ${JWT}`) };
    meta['self'] = meta;
    const out = redactMeta(meta) as { error: { message: string }; self: unknown };
    expect(out.error.message).not.toContain(JWT);
    expect(out.self).toBe('[cycle]');
    expect(redactMeta(undefined)).toBeUndefined();
  });
});
