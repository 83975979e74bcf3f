import { describe, expect, it } from 'vitest';
import { checkCode, checkEmail, checkRepeat, checkToken, normalizeCode } from './validation';

describe('form checks', () => {
  it('checks e-mail addresses', () => {
    expect(checkEmail('')).toBe('errors.field.required');
    expect(checkEmail('   ')).toBe('errors.field.required');
    expect(checkEmail('demo@')).toBe('errors.field.email_invalid');
    expect(checkEmail(' demo@kundencenter.example ')).toBeUndefined();
  });

  it('checks TOTP codes, ignoring spaces', () => {
    expect(checkCode('')).toBe('errors.field.required');
    expect(checkCode('12345')).toBe('errors.field.code_format');
    expect(checkCode('12a456')).toBe('errors.field.code_format');
    expect(checkCode('123 456')).toBeUndefined();
    expect(normalizeCode(' 123 456 ')).toBe('123456');
  });

  it('checks reset tokens for presence and length', () => {
    expect(checkToken('')).toBe('errors.field.required');
    expect(checkToken('short')).toBe('errors.field.token_format');
    expect(checkToken('0123456789abcdef')).toBeUndefined();
  });

  it('checks that the repeated password matches', () => {
    expect(checkRepeat('a', '')).toBe('errors.field.required');
    expect(checkRepeat('a', 'b')).toBe('errors.field.password_mismatch');
    expect(checkRepeat('same', 'same')).toBeUndefined();
  });
});
