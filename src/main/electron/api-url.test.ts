import { describe, expect, it } from 'vitest';
import { DEFAULT_API_URL, resolveApiUrl } from './api-url';

describe('resolveApiUrl', () => {
  it('defaults to the local sandbox', () => {
    expect(resolveApiUrl(undefined)).toEqual({ ok: true, url: DEFAULT_API_URL });
    expect(resolveApiUrl('  ')).toEqual({ ok: true, url: DEFAULT_API_URL });
  });

  it.each([
    ['https://api.kundencenter.example', 'https://api.kundencenter.example'],
    ['https://api.kundencenter.example/v1/', 'https://api.kundencenter.example/v1'],
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
    ['http://[::1]:4010/', 'http://[::1]:4010'],
    ['http://localhost:4010', 'http://localhost:4010'],
    ['http://LOCALHOST:4010', 'http://localhost:4010'],
  ])('accepts %s', (raw, url) => {
    expect(resolveApiUrl(raw)).toEqual({ ok: true, url });
  });

  it.each([
    'http://api.kundencenter.example',
    'http://192.168.1.10:4010',
    'http://127.0.0.2:4010',
    'http://localhost.evil.example',
    'http://127.0.0.1.nip.io',
    'ftp://127.0.0.1/',
    'file:///tmp/api',
    'https://user:pw@api.kundencenter.example',
    'https://api.kundencenter.example/?token=x',
    'not a url',
  ])('refuses %s', (raw) => {
    const result = resolveApiUrl(raw);
    expect(result.ok).toBe(false);
  });

  it('words why, for the developer who set it', () => {
    expect(resolveApiUrl('http://192.168.1.10:4010')).toEqual({
      ok: false,
      reason:
        'KC_API_URL must use https (plain http only for 127.0.0.1, ::1 or localhost): http://192.168.1.10:4010',
    });
    expect(resolveApiUrl('https://user:pw@api.kundencenter.example')).toEqual({
      ok: false,
      reason: 'KC_API_URL must not contain credentials',
    });
    expect(resolveApiUrl('https://api.kundencenter.example/#x')).toMatchObject({
      reason: expect.stringContaining('query or fragment') as unknown,
    });
    expect(resolveApiUrl('not a url')).toMatchObject({
      reason: 'KC_API_URL is not a valid URL: not a url',
    });
  });
});
