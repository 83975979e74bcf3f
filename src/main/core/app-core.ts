/**
 * The core, assembled: session, vault, encrypted cache and sync behind the IPC router.
 * Both composition roots (the Electron shell and the web host) call `createCore` with their
 * own ports and put `router.handle` on their transport.
 */
import { join } from 'node:path';
import type { Account } from '../../shared/domain';
import type { EventPayloads } from '../../shared/ipc';
import type { EventName } from '../../shared/ipc-names';
import type { Core, CoreEventListener, CoreOptions } from './app-core-types';
import { assertSafeApiUrl } from './api/api-client';
import { createRouter } from './ipc/router';
import { systemClock } from './ports';
import { Session } from './session/session';
import { openEncryptedCache, type EncryptedCache } from './store/encrypted-cache';
import { SyncEngine, type SyncResource } from './sync/sync-engine';

/** What the foundation keeps offline; each later menu adds its resources here. */
export const SYNC_RESOURCES: SyncResource[] = [{ name: 'account', path: '/v1/account' }];

export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? systemClock;
  const apiUrl = assertSafeApiUrl(options.apiUrl);
  const listeners = new Set<CoreEventListener>();
  const emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => {
    for (const listener of listeners) listener(event, payload);
  };

  let cache: EncryptedCache | null = null;
  let sync: SyncEngine | null = null;
  let unsubscribeOnline: (() => void) | null = null;

  const session = new Session(options.apiUrl, options.secrets, clock, async () => {
    sync?.stop();
    sync = null;
    const old = cache;
    cache = null;
    await old?.destroy();
  });
  session.onChange((state) => emit('session:changed', state));

  async function startSync(): Promise<void> {
    cache ??= await openEncryptedCache({
      dir: join(options.dataDir, 'cache'),
      secrets: options.secrets,
      log: options.log,
      onCorrupt: () => void sync?.syncNow(),
    });
    sync ??= new SyncEngine({
      api: session.api,
      cache,
      clock,
      resources: SYNC_RESOURCES,
      onStatus: (status) => emit('sync:changed', status),
      onData: (resource) => emit('data:changed', { resource }),
      onError: (error) => options.log?.warn('sync: pass failed', { error: String(error) }),
      ...options.syncTimings,
    });
    await sync.start();
  }

  const offlineStatus = () => ({ online: true, syncing: false, lastSyncedAt: null });

  const router = createRouter(
    {
      'app:info': () => ({
        version: options.version,
        host: options.host,
        vault: options.secrets.kind,
        // the provider's real API is never on this machine: loopback means the sandbox
        sandbox: ['127.0.0.1', '[::1]', 'localhost'].includes(apiUrl.hostname),
      }),
      'session:get': () => session.current,
      'session:login': async ({ email, password }) => {
        const state = await session.login(email, password);
        if (state.status === 'signedIn') await startSync();
        return state;
      },
      'session:mfa': async ({ code }) => {
        const state = await session.completeMfa(code);
        await startSync();
        return state;
      },
      'session:logout': () => session.logout(),
      'password:forgot': async ({ email }) => {
        await session.api.request({
          method: 'POST',
          path: '/v1/auth/password/forgot',
          body: { email },
          anonymous: true,
        });
      },
      'password:reset': async ({ token, password }) => {
        await session.api.request({
          method: 'POST',
          path: '/v1/auth/password/reset',
          body: { token, password },
          anonymous: true,
        });
      },
      'account:get': async () => (sync ? await sync.read<Account>('account') : null),
      'sync:status': () => sync?.current ?? offlineStatus(),
      'sync:now': async () => (sync ? await sync.syncNow() : offlineStatus()),
      'settings:get': () => options.settings.get(),
      'settings:set': (patch) => options.settings.set(patch),
      'clipboard:writeText': ({ text }) => options.clipboard.writeText(text),
    },
    options.log,
  );

  return {
    router,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async start() {
      unsubscribeOnline = options.onlineSignals?.onMaybeOnline(() => sync?.nudge()) ?? null;
      if (await session.restore()) await startSync();
    },
    stop() {
      unsubscribeOnline?.();
      sync?.stop();
      return Promise.resolve();
    },
  };
}
