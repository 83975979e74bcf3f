import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler, registerAppScheme, resolveAppPath } from './app-protocol';
import { CSP } from './csp';

vi.mock('electron', async () => (await import('./testing/fake-electron')).createFakeElectron());

let base: string;
let root: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'kc-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>KC</title>');
  await writeFile(join(root, 'assets', 'app-1234.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'app-1234.css'), 'body{}');
  // beside the root, sharing its name as a prefix: must stay out of reach
  await mkdir(join(base, 'renderer-secrets'));
  await writeFile(join(base, 'renderer-secrets', 'token.txt'), 'secret');
  await writeFile(join(base, 'secret.txt'), 'secret');
  handler = createAppProtocolHandler(root);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function get(url: string, method = 'GET'): Promise<Response> {
  return handler(new Request(url, { method }));
}

describe('app:// protocol', () => {
  it('registers app: as a standard, secure scheme', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol as unknown as Protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true } },
    ]);
  });

  it('serves the renderer with the CSP and the right content type', async () => {
    const index = await get('app://kundencenter/');
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<title>KC</title>');
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CSP);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');

    const script = await get('app://kundencenter/assets/app-1234.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CSP);

    const head = await get('app://kundencenter/assets/app-1234.css', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it.each([
    'app://kundencenter/../../etc/passwd',
    'app://kundencenter/%2e%2e/%2e%2e/etc/passwd',
    'app://kundencenter/..%2f..%2fetc%2fpasswd',
    'app://kundencenter/..%2fsecret.txt',
    'app://kundencenter/assets/..%2f..%2fsecret.txt',
    'app://kundencenter/%2e%2e%2fsecret.txt',
    'app://kundencenter/..%5csecret.txt',
    'app://kundencenter/..%2frenderer-secrets%2ftoken.txt',
    'app://kundencenter/index.html%00.js',
    'app://kundencenter/%E0%A4%A',
    'app://kundencenter/assets',
    'app://kundencenter/missing.js',
    'app://kundencenter.evil/index.html',
    'app://other/index.html',
  ])('answers 404 with the CSP for %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(await response.text()).toBe('');
  });

  it('refuses anything but GET and HEAD', async () => {
    const response = await get('app://kundencenter/index.html', 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('content-security-policy')).toBe(CSP);
  });

  it('never resolves a path outside the root, whatever the URL parser left in it', () => {
    expect(resolveAppPath(root, 'app://kundencenter/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://kundencenter/')).toBe(join(root, 'index.html'));
    for (const url of [
      'app://kundencenter/..%2f..%2fetc%2fpasswd',
      'app://kundencenter/..%5c..%5cetc%5cpasswd',
      'app://kundencenter/a/..%2f..%2f..%2fsecret.txt',
      'app://kundencenter/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://kundencenter@evil/index.html',
      'https://kundencenter/index.html',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(resolveAppPath(root, url), url).toBeNull();
    }
  });
});
