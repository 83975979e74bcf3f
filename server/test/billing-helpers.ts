/** Helpers for the billing integration tests: signed-in callers for the demo customers. */
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import {
  bearer,
  DEMO_EMAIL,
  DEMO_PASSWORD,
  login,
  MFA_EMAIL,
  startTestServer,
  tempDir,
  type ApiResponse,
  type Schemas,
  type TestServer,
} from './helpers';

export interface Caller {
  token: string;
  call<T = Record<string, unknown>>(
    method: string,
    route: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<ApiResponse<T>>;
  /** raw response (for PDFs) */
  fetch(route: string, headers?: Record<string, string>): Promise<Response>;
  stepUp(): Promise<void>;
}

function caller(s: TestServer, token: string): Caller {
  return {
    token,
    call: (method, route, body, headers = {}) =>
      s.call(method, route, body, { ...bearer(token), ...headers }),
    fetch: (route, headers = {}) =>
      fetch(s.url + route, { headers: { ...bearer(token), ...headers } }),
    stepUp: async () => {
      const res = await s.call(
        'POST',
        '/v1/auth/reauth',
        { password: DEMO_PASSWORD },
        bearer(token),
      );
      expect(res.status).toBe(200);
    },
  };
}

export async function signIn(s: TestServer, email: string = DEMO_EMAIL): Promise<Caller> {
  const res = await login(s, email, DEMO_PASSWORD);
  expect(res.status).toBe(200);
  if (res.body.status === 'mfaRequired') {
    const totp = await s.call<Schemas['SandboxTotp']>(
      'GET',
      `/v1/sandbox/totp?email=${encodeURIComponent(email)}`,
    );
    const ok = await s.call<Schemas['LoginOk']>('POST', '/v1/auth/mfa', {
      mfaToken: res.body.mfaToken,
      code: totp.body.code,
    });
    expect(ok.status).toBe(200);
    return caller(s, ok.body.accessToken);
  }
  return caller(s, res.body.accessToken ?? '');
}

export const signInMfa = (s: TestServer) => signIn(s, MFA_EMAIL);

/** Every invoice of the signed-in customer, paging with the given limit. */
export async function allInvoices(c: Caller, limit: number) {
  const items: Schemas['InvoiceSummary'][] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const res = await c.call<Schemas['InvoicePage']>('GET', `/v1/invoices?limit=${limit}${query}`);
    expect(res.status).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
    pages++;
  } while (cursor !== null);
  return { items, pages };
}

/** A fresh server with the demo customer signed in: the start of the billing tests. */
export async function startSignedIn(): Promise<{ s: TestServer; demo: Caller }> {
  const s = await startTestServer();
  return { s, demo: await signIn(s) };
}

/** The same with the 2FA customer (another customer) signed in too. */
export async function startSignedInBoth(): Promise<{ s: TestServer; demo: Caller; mfa: Caller }> {
  const { s, demo } = await startSignedIn();
  return { s, demo, mfa: await signInMfa(s) };
}

/** Changes since a cursor (taken before the write). */
export async function changesSince(c: Caller, cursor: string) {
  const res = await c.call<Schemas['ChangesPage']>(
    'GET',
    `/v1/changes?cursor=${encodeURIComponent(cursor)}`,
  );
  expect(res.status).toBe(200);
  return res.body.changes.map((ch) => ({ resource: ch.resource, id: ch.id }));
}

export async function changesCursor(c: Caller): Promise<string> {
  return (await c.call<Schemas['ChangesPage']>('GET', '/v1/changes')).body.cursor;
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const run = promisify(execFile);

/** Poppler's `pdftotext -bbox`: every word of page one with its box, and the page size. */
async function pdftotext(pdf: Buffer, args: string[]): Promise<string> {
  const dir = tempDir('kc-pdf-');
  try {
    const file = path.join(dir, 'invoice.pdf');
    writeFileSync(file, pdf);
    return (await run('pdftotext', [...args, file, '-'])).stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function pdfWords(pdf: Buffer) {
  const stdout = await pdftotext(pdf, ['-bbox', '-f', '1', '-l', '1']);
  const page = /<page width="([\d.]+)" height="([\d.]+)">/.exec(stdout);
  const words: PdfWord[] = [];
  const wordRe =
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of stdout.matchAll(wordRe)) {
    words.push({
      text: m[5] ?? '',
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    });
  }
  return { width: Number(page?.[1]), height: Number(page?.[2]), words };
}

export const pdfText = (pdf: Buffer) => pdftotext(pdf, ['-layout']);
