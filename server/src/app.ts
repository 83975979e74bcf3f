/**
 * The sandbox server: Fastify routed and validated from server/openapi.yaml, backed by SQLite.
 * To add an area: describe its operations in the spec (`server/openapi/<area>.yaml`, then
 * `npm run gen:api`), write
 * `<area>/handlers.ts` exporting `<area>Handlers(ctx)`, and list it in AREAS below.
 */
import { isIP } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { accountHandlers } from './account/handlers';
import { requireAuth } from './auth/bearer';
import { authHandlers } from './auth/handlers';
import { billingHandlers } from './billing/handlers';
import { einvoiceHandlers } from './billing/einvoice/handlers';
import { changesHandlers } from './changes/handlers';
import type { AppContext } from './context';
import { instanceId, openDb } from './db';
import { seedDemo } from './demo';
import { loadSpec, registerOperations, type AnyHandler, type OpenApiDoc } from './openapi';
import { installProblemHandlers, problemServerOptions } from './problem';
import { domainsHandlers } from './domains/handlers';
import { noticesHandlers } from './notices/handlers';
import { paymentsHandlers } from './payments/handlers';
import { productsHandlers } from './products/handlers';
import { sandboxHandlers } from './sandbox/handlers';
import { securityHandlers } from './security/handlers';
import { supportHandlers } from './support/handlers';
import { systemHandlers } from './system/handlers';
import { teamHandlers } from './team/handlers';

type Area = (ctx: AppContext) => Record<string, AnyHandler>;

const AREAS: Area[] = [
  systemHandlers,
  authHandlers,
  accountHandlers,
  changesHandlers,
  billingHandlers,
  einvoiceHandlers,
  productsHandlers,
  teamHandlers,
  supportHandlers,
  domainsHandlers,
  noticesHandlers,
  securityHandlers,
  paymentsHandlers,
];
const SANDBOX_AREAS: Area[] = [sandboxHandlers];
export const SANDBOX_TAG = 'sandbox';

export const DEFAULT_ACCESS_TTL_SECONDS = 15 * 60;
export const DEFAULT_REFRESH_TTL_SECONDS = 30 * 24 * 60 * 60;

export interface ServerOptions {
  dataDir: string;
  /** 0 = a random free port */
  port?: number;
  /** default 127.0.0.1; anything but loopback requires sandbox: false and tls */
  host?: string;
  /** register the sandbox-only routes (default true; loopback only) */
  sandbox?: boolean;
  /** ms since the epoch; tests inject a controllable clock */
  now?: () => number;
  accessTtlSeconds?: number;
  refreshTtlSeconds?: number;
  log?: boolean;
  /** create the demo customers if missing (default true) */
  seedDemo?: boolean;
  /** key and certificate (PEM) for HTTPS; plain HTTP is allowed on loopback only */
  tls?: { key: string | Buffer; cert: string | Buffer };
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  return h === '::ffff:127.0.0.1';
}

/** Builds the Fastify app for a context (not listening). */
export function buildApp(
  ctx: AppContext,
  opts: { log?: boolean; tls?: ServerOptions['tls']; spec?: OpenApiDoc } = {},
): FastifyInstance {
  const app = Fastify({
    logger: opts.log ? { level: 'info' } : false,
    // report every invalid field at once, for forms
    ajv: { customOptions: { allErrors: true } },
    forceCloseConnections: true,
    bodyLimit: 1024 * 1024,
    ...problemServerOptions,
    ...(opts.tls ? { https: opts.tls } : {}),
  }) as unknown as FastifyInstance;
  app.decorate('kc', ctx);
  app.decorateRequest('auth', null);
  installProblemHandlers(app);
  app.addHook('onSend', async (_request, reply) => {
    if (!reply.hasHeader('Cache-Control')) reply.header('Cache-Control', 'no-store');
    reply.header('X-Content-Type-Options', 'nosniff');
  });

  const areas = ctx.sandbox ? [...AREAS, ...SANDBOX_AREAS] : AREAS;
  const handlers: Record<string, AnyHandler> = {};
  for (const area of areas) {
    for (const [id, handler] of Object.entries(area(ctx))) {
      if (handlers[id]) throw new Error(`two areas handle operation ${id}`);
      handlers[id] = handler;
    }
  }
  registerOperations(app, opts.spec ?? loadSpec(), {
    handlers,
    security: { bearerAuth: requireAuth },
    include: (op) => ctx.sandbox || !op.tags.includes(SANDBOX_TAG),
  });
  return app;
}

/** Opens (and migrates) the data folder, seeds the demo data and listens. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const loopback = isLoopback(host);
  const sandboxWanted = opts.sandbox ?? true;
  if (!loopback && sandboxWanted) {
    throw new Error(`refusing to run the sandbox on ${host}: bind a loopback address`);
  }
  if (!loopback && !opts.tls) {
    throw new Error(`plain HTTP is allowed on loopback only; give tls to bind ${host}`);
  }

  const db = openDb(opts.dataDir);
  const now = opts.now ?? Date.now;
  try {
    if (opts.seedDemo ?? true) await seedDemo(db, now());
    const ctx: AppContext = {
      db,
      now,
      accessTtlSeconds: opts.accessTtlSeconds ?? DEFAULT_ACCESS_TTL_SECONDS,
      refreshTtlSeconds: opts.refreshTtlSeconds ?? DEFAULT_REFRESH_TTL_SECONDS,
      sandbox: sandboxWanted && loopback,
      instanceId: instanceId(db),
    };
    const app = buildApp(ctx, { log: opts.log, tls: opts.tls });
    await app.listen({ port: opts.port ?? 0, host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : (opts.port ?? 0);
    const urlHost = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
    let closed = false;
    return {
      url: `${opts.tls ? 'https' : 'http'}://${urlHost}:${port}`,
      port,
      close: async () => {
        if (closed) return;
        closed = true;
        await app.close();
        db.close();
      },
    };
  } catch (err) {
    db.close();
    throw err;
  }
}
