import { describe, expect, it } from 'vitest';
import { apiUrlOfProfile, checkApiUrl } from './settings';

describe('checkApiUrl', () => {
  it('takes https anywhere and plain http only on this machine', () => {
    expect(checkApiUrl('https://api.example.com/')).toEqual({
      ok: true,
      url: 'https://api.example.com',
    });
    expect(checkApiUrl(' http://127.0.0.1:4010 ')).toEqual({
      ok: true,
      url: 'http://127.0.0.1:4010',
    });
    expect(checkApiUrl('http://localhost:8080/api')).toEqual({
      ok: true,
      url: 'http://localhost:8080/api',
    });
    expect(checkApiUrl('http://[::1]:4010')).toMatchObject({ ok: true });
  });

  it('refuses what would expose tokens or is no URL at all', () => {
    expect(checkApiUrl('http://api.example.com')).toEqual({ ok: false, problem: 'insecure' });
    expect(checkApiUrl('http://127.0.0.1.example.com')).toEqual({ ok: false, problem: 'insecure' });
    expect(checkApiUrl('https://user:pw@api.example.com')).toEqual({
      ok: false,
      problem: 'credentials',
    });
    expect(checkApiUrl('https://api.example.com/?x=1')).toEqual({ ok: false, problem: 'query' });
    expect(checkApiUrl('https://api.example.com/#top')).toEqual({ ok: false, problem: 'query' });
    expect(checkApiUrl('ftp://api.example.com')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkApiUrl('api.example.com')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkApiUrl('')).toEqual({ ok: false, problem: 'invalid' });
  });
});

describe('apiUrlOfProfile', () => {
  it('answers the fixed URL of a profile, the checked custom one, or null', () => {
    expect(apiUrlOfProfile('sandbox', 'https://ignored.example')).toBe('http://127.0.0.1:4010');
    expect(apiUrlOfProfile('cmo', '')).toMatch(/^https:\/\//);
    expect(apiUrlOfProfile('custom', 'https://api.example.com/')).toBe('https://api.example.com');
    expect(apiUrlOfProfile('custom', '')).toBeNull();
    expect(apiUrlOfProfile('custom', 'http://api.example.com')).toBeNull();
  });
});
