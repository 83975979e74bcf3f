import { describe, expect, it } from 'vitest';
import { Secret } from 'otpauth';
import { checkTotp, newTotpSecret, totpCode, totpStep } from './totp';

// RFC 6238 appendix B, SHA1: the ASCII secret "12345678901234567890", 8 digits
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const RFC_VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP', () => {
  it('the RFC secret is the ASCII string in base32', () => {
    expect(Secret.fromLatin1('12345678901234567890').base32).toBe(RFC_SECRET);
  });

  it.each(RFC_VECTORS)('matches RFC 6238 SHA1 at T=%i', (seconds, expected) => {
    expect(totpCode(RFC_SECRET, seconds * 1000, 8)).toBe(expected);
    expect(checkTotp(RFC_SECRET, expected, seconds * 1000, null, 8)).toEqual({
      ok: true,
      step: Math.floor(seconds / 30),
    });
  });

  it('uses 6 digits by default (the low 6 of the RFC value)', () => {
    expect(totpCode(RFC_SECRET, 59_000)).toBe('287082');
  });

  it('accepts the neighbouring steps (±1) and nothing further', () => {
    const t = 1_111_111_111_000;
    const previous = totpCode(RFC_SECRET, t - 30_000);
    const next = totpCode(RFC_SECRET, t + 30_000);
    const stale = totpCode(RFC_SECRET, t - 60_000);
    expect(checkTotp(RFC_SECRET, previous, t, null)).toEqual({ ok: true, step: totpStep(t) - 1 });
    expect(checkTotp(RFC_SECRET, next, t, null)).toEqual({ ok: true, step: totpStep(t) + 1 });
    expect(checkTotp(RFC_SECRET, stale, t, null)).toEqual({ ok: false, reason: 'invalid' });
    expect(checkTotp(RFC_SECRET, '000000', t, null)).toMatchObject({ ok: false });
  });

  it('calls a code of other characters or length wrong instead of failing on it', () => {
    const t = 1_111_111_111_000;
    // full-width digits, letters beyond ASCII, the right code with a space: a wrong code (a 400
    // with the field error), never an exception (a 500)
    for (const code of ['１２３４５６', '⯣__loo', `${totpCode(RFC_SECRET, t)} `, '12345', '']) {
      expect(checkTotp(RFC_SECRET, code, t, null), code).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('refuses a step at or before the last accepted one', () => {
    const t = 1_234_567_890_000;
    const code = totpCode(RFC_SECRET, t);
    const first = checkTotp(RFC_SECRET, code, t, null);
    expect(first.ok).toBe(true);
    const step = first.ok ? first.step : -1;
    expect(checkTotp(RFC_SECRET, code, t, step)).toEqual({ ok: false, reason: 'reused' });
    const older = totpCode(RFC_SECRET, t - 30_000);
    expect(checkTotp(RFC_SECRET, older, t, step)).toEqual({ ok: false, reason: 'reused' });
    const later = totpCode(RFC_SECRET, t + 30_000);
    expect(checkTotp(RFC_SECRET, later, t + 30_000, step)).toEqual({ ok: true, step: step + 1 });
  });

  it('makes random 160-bit base32 secrets', () => {
    const a = newTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(a);
  });
});
