/** What every handler needs: the database, the clock and the configuration of this run. */
import type { Db } from './db';
import type { AuthInfo } from './auth/auth-info';

export interface AppContext {
  db: Db;
  /** milliseconds since the epoch; injectable for tests */
  now: () => number;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
  /** the sandbox-only routes are registered */
  sandbox: boolean;
  /** random id of the database, carried in change cursors */
  instanceId: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    kc: AppContext;
  }
  interface FastifyRequest {
    /** set by the bearer preHandler on authenticated routes */
    auth: AuthInfo | null;
  }
}
