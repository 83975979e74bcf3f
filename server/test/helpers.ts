/** Integration-test helpers: a real server on a random loopback port over a temp data folder. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { components } from '../../src/shared/api-types';
import { startServer, type RunningServer, type ServerOptions } from '../src/app';

export type Schemas = components['schemas'];

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** Runs `npm run sandbox -- <args>` (the sandbox CLI) and collects what it printed. */
export function cli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli.ts', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export { DEMO_EMAIL, DEMO_PASSWORD, MFA_EMAIL } from '../src/demo';

/** A clock the test moves by hand; starts at the real time. */
export class TestClock {
  t = Date.now();
  now = () => this.t;
  advance(seconds: number): void {
    this.t += seconds * 1000;
  }
}

export interface TestServer extends RunningServer {
  dataDir: string;
  clock: TestClock;
  call<T = Body>(
    method: string,
    route: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<ApiResponse<T>>;
  stop(): Promise<void>;
}

export type Body = Record<string, unknown>;

export interface ApiResponse<T = Body> {
  status: number;
  headers: Headers;
  /** the parsed JSON (undefined when empty); typed by the caller, not checked */
  body: T;
}

export function tempDir(prefix = 'kc-sandbox-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export async function startTestServer(
  opts: Partial<ServerOptions> & { clock?: TestClock } = {},
): Promise<TestServer> {
  const dataDir = opts.dataDir ?? tempDir();
  const clock = opts.clock ?? new TestClock();
  const server = await startServer({ port: 0, now: clock.now, ...opts, dataDir });
  const call = async <T = Body>(
    method: string,
    route: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> => {
    const res = await fetch(server.url + route, {
      method,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    return { status: res.status, headers: res.headers, body: parsed as T };
  };
  return {
    ...server,
    dataDir,
    clock,
    call,
    stop: async () => {
      await server.close();
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Asymmetric matchers typed as unknown, so test objects stay free of `any`. */
export const anyString = (pattern?: RegExp): unknown =>
  pattern ? expect.stringMatching(pattern) : expect.any(String);
export const containing = (sample: object): unknown => expect.objectContaining(sample);

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Asserts an RFC 9457 problem response with the given status and code. */
export function expectProblem(
  res: ApiResponse<unknown>,
  status: number,
  code: string,
): Schemas['Problem'] {
  const body = res.body as Partial<Schemas['Problem']> | undefined;
  expect({ status: res.status, code: body?.code }).toEqual({ status, code });
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({
    type: `https://kundencenter.example/problems/${code}`,
    title: anyString(),
    status,
    code,
  });
  expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+|stack/i);
  return res.body as Schemas['Problem'];
}

type LoginBody = Partial<Schemas['LoginOk']> & Partial<Schemas['LoginMfaRequired']>;

export async function login(s: TestServer, email: string, password: string) {
  return s.call<LoginBody>('POST', '/v1/auth/login', { email, password });
}
