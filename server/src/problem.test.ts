import net, { type AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  fieldErrorsFromValidation,
  installProblemHandlers,
  problemServerOptions,
  toApiError,
} from './problem';

describe('problem details', () => {
  it('names fields by their path, and missing properties by their own path', () => {
    expect(
      fieldErrorsFromValidation([
        { keyword: 'required', instancePath: '', params: { missingProperty: 'email' } },
        { keyword: 'required', instancePath: '/patch', params: { missingProperty: 'city' } },
        { keyword: 'maxLength', instancePath: '/patch/company', params: {} },
        { keyword: 'maxLength', instancePath: '/patch/company', params: {} },
        { keyword: 'type', instancePath: '/items/0', params: {} },
      ]),
    ).toEqual([
      { field: 'email', code: 'required' },
      { field: 'patch.city', code: 'required' },
      { field: 'patch.company', code: 'maxLength' },
      { field: 'items.0', code: 'type' },
    ]);
  });

  it('renders RFC 9457 bodies with a stable code and Retry-After', () => {
    const e = new ApiError(423, 'account_locked', { retryAfter: 30 });
    expect(e.toProblem()).toEqual({
      type: 'https://kundencenter.example/problems/account_locked',
      title: 'The account is temporarily locked',
      status: 423,
      code: 'account_locked',
      retryAfter: 30,
    });
    expect(e.headers['Retry-After']).toBe('30');
  });

  it('never turns unknown errors into client errors', () => {
    expect(toApiError(new Error('boom'))).toBeNull();
    expect(toApiError(Object.assign(new Error('x'), { statusCode: 500 }))).toBeNull();
    expect(toApiError({ code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', statusCode: 415 })?.code).toBe(
      'unsupported_media_type',
    );
  });
});

describe('errors before a route runs', () => {
  async function server() {
    const app = Fastify({ ...problemServerOptions });
    installProblemHandlers(app);
    app.get('/x/:id', () => ({ ok: true }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    return app;
  }

  it('answers a malformed or overlong path as a problem', async () => {
    const app = await server();
    try {
      const bad = await app.inject('/x/%E0%A4%A');
      expect(bad.statusCode).toBe(400);
      expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(bad.json()).toMatchObject({ code: 'invalid_url', status: 400 });
      const long = await app.inject(`/x/${'a'.repeat(500)}`);
      expect(long.json()).toMatchObject({ code: 'uri_too_long', status: 414 });
    } finally {
      await app.close();
    }
  });

  it('answers what the HTTP parser refuses as a problem, and closes the connection', async () => {
    const app = await server();
    try {
      const address = app.server.address() as AddressInfo;
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = net.connect(address.port, '127.0.0.1');
        let text = '';
        socket.on('data', (d: Buffer) => (text += d.toString()));
        socket.on('close', () => resolve(text));
        socket.on('error', reject);
        socket.end(`GET /x/1 HTTP/1.1\r\nhost: a\r\nx-big: ${'b'.repeat(20_000)}\r\n\r\n`);
      });
      expect(answer).toMatch(/^HTTP\/1\.1 431 /);
      expect(answer).toMatch(/content-type: application\/problem\+json/i);
      expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({
        type: 'https://kundencenter.example/problems/headers_too_large',
        status: 431,
        code: 'headers_too_large',
      });
    } finally {
      await app.close();
    }
  });
});
