/**
 * The core, assembled: session, vault, encrypted cache and sync behind the IPC router.
 * Both composition roots (the Electron shell and the web host) call `createCore` with their
 * own ports and put `router.handle` on their transport.
 */
import { join } from 'node:path';
import type {
  BillingEmails,
  BillingStatement,
  PaymentMethods,
  SepaMandates,
} from '../../shared/billing';
import type { Account } from '../../shared/domain';
import type { EventPayloads } from '../../shared/ipc';
import type { ChannelName, EventName } from '../../shared/ipc-names';
import type { Core, CoreEventListener, CoreOptions } from './app-core-types';
import { assertSafeApiUrl } from './api/api-client';
import { ApiError } from './api/api-error';
import { createRouter } from './ipc/router';
import { createAppLock } from './app-lock/app-lock-feature';
import { systemClock } from './ports';
import { deviceName } from './session/device-name';
import { Session } from './session/session';
import { openEncryptedCache, type EncryptedCache } from './store/encrypted-cache';
import { SyncEngine, type SyncResource } from './sync/sync-engine';
import {
  BILLING_EMAILS,
  BILLING_OVERVIEW,
  BILLING_RESOURCES,
  OVERVIEW_SOURCES,
  PAYMENT_METHODS,
  SEPA_MANDATES,
  STATEMENT,
} from './billing/billing-resources';
import { BillingService, INVOICE_PDFS } from './billing/billing-service';
import type { Feature, FeatureContext } from './feature';
import { createProductsFeature, PRODUCTS_RESOURCES } from './products/products-feature';
import { createTeamFeature, TEAM_RESOURCES } from './team/team-feature';
import { notificationRoute } from './notify/notification-route';
import { deepLinkForLog, deepLinkRoute, parseDeepLink } from '../../shared/deep-links';
import { createSupportFeature, SUPPORT_RESOURCES } from './support/support-feature';
import { createDomainsFeature, DOMAINS_RESOURCES } from './domains/domains-feature';
import { createSettingsFeature } from './settings/settings-feature';
import { createViewsFeature } from './views/views-feature';
import { createSearchFeature } from './search/search-feature';
import { createDashboardFeature } from './dashboard/dashboard-feature';
import { createNoticesFeature, NOTICES_RESOURCES } from './notices/notices-feature';
import { createSecurityFeature, SECURITY_RESOURCES } from './security/security-feature';
import { createPaymentsFeature, PAYMENTS_RESOURCES } from './payments/payments-feature';
import { createDesktopFeature } from './desktop/desktop-feature';
import { createCostsFeature } from './costs/costs-feature';

/** What the app keeps offline; each menu adds its resources here. */
export const SYNC_RESOURCES: SyncResource[] = [
  { kind: 'document', name: 'account', path: '/v1/account' },
  ...BILLING_RESOURCES,
  ...PRODUCTS_RESOURCES,
  ...TEAM_RESOURCES,
  ...SUPPORT_RESOURCES,
  ...NOTICES_RESOURCES,
  ...DOMAINS_RESOURCES,
  ...SECURITY_RESOURCES,
  ...PAYMENTS_RESOURCES,
];

export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? systemClock;
  const apiUrl = assertSafeApiUrl(options.apiUrl);
  const listeners = new Set<CoreEventListener>();
  const emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => {
    for (const listener of listeners) listener(event, payload);
    if (event === 'data:changed') {
      const { resource } = payload as EventPayloads['data:changed'];
      for (const feature of features) feature.onDataChanged?.(resource);
    }
  };

  let cache: EncryptedCache | null = null;
  let sync: SyncEngine | null = null;
  let billing: BillingService | null = null;
  let unsubscribeOnline: (() => void) | null = null;

  // the menu areas built as features (billing predates this and is wired by hand below)
  let features: Feature<ChannelName>[] = [];

  /** counts the sign-outs: a start that one overtook ends where it is */
  let signOuts = 0;

  async function stopSignedIn(): Promise<void> {
    signOuts += 1;
    for (const feature of features) feature.onSignedOut?.();
    sync?.stop();
    sync = null;
    billing?.stop();
    billing = null;
    const old = cache;
    cache = null;
    await old?.destroy();
  }

  const session = new Session(
    options.apiUrl,
    options.secrets,
    clock,
    stopSignedIn,
    deviceName(options.host),
    options.network?.fetch,
  );
  session.onChange((state) => emit('session:changed', state));

  /** `carried`: entries of the cache just cleared, written before anything reads the new one */
  async function startSync(carried?: ReadonlyMap<string, Buffer>): Promise<void> {
    const started = signOuts;
    const overtaken = () => signOuts !== started;
    if (!cache) {
      const opened = await openEncryptedCache({
        dir: join(options.dataDir, 'cache'),
        secrets: options.secrets,
        log: options.log,
        onCorrupt: () => void sync?.syncNow(),
      });
      // signed out while it opened: what it holds belongs to no one now
      if (overtaken()) return void (await opened.destroy());
      cache = opened;
    }
    for (const [name, data] of carried ?? []) {
      if (overtaken()) return;
      await cache.putBlob(name, data);
    }
    sync ??= new SyncEngine({
      api: session.api,
      cache,
      clock,
      resources: SYNC_RESOURCES,
      onStatus: (status) => emit('sync:changed', status),
      onData: (resource) => {
        emit('data:changed', { resource });
        if (OVERVIEW_SOURCES.has(resource)) emit('data:changed', { resource: BILLING_OVERVIEW });
      },
      onPass: (changed) => {
        billing?.afterPass(changed);
        for (const feature of features) feature.afterPass?.(changed);
      },
      onError: (error) => options.log?.warn('sync: pass failed', { error: String(error) }),
      ...options.syncTimings,
      // the setting, asked before every pause (a change applies without a restart)
      pollMs:
        options.syncTimings?.pollMs ?? (() => options.settings.get().syncIntervalSeconds * 1000),
    });
    billing ??= new BillingService({
      api: session.api,
      sync,
      cache,
      saveDialog: options.saveDialog,
      clock,
      pdfYears: () => options.settings.get().invoicePdfYears,
      einvoiceFormat: () => options.settings.get().einvoiceFormat,
      settings: () => options.settings.get(),
      onPdfsStored: () => emit('data:changed', { resource: INVOICE_PDFS }),
      log: options.log,
      prefetchGapMs: options.syncTimings?.prefetchGapMs,
    });
    await sync.start();
    if (overtaken()) return;
    for (const feature of features) feature.onSignedIn?.();
  }

  /** Reads answer null while signed out; writes need a session. */
  const signedIn = (): BillingService => {
    if (!billing) throw new ApiError(401, 'session_expired');
    return billing;
  };

  const featureContext: FeatureContext = {
    options,
    clock,
    session,
    emit,
    live: () => (sync && cache ? { sync, cache } : null),
    signedIn: () => {
      if (!sync || !cache) throw new ApiError(401, 'session_expired');
      return { sync, cache };
    },
    restartSync: async () => {
      await stopSignedIn();
      await startSync();
    },
    clearCache: async () => {
      const carried = new Map<string, Buffer>();
      const old = cache;
      if (old) {
        for (const feature of features) {
          for (const name of (await feature.keepOnCacheClear?.(old)) ?? []) {
            const data = await old.getBlob(name);
            if (data) carried.set(name, data);
          }
        }
      }
      await stopSignedIn();
      await startSync(carried);
    },
  };
  const products = createProductsFeature(featureContext);
  const team = createTeamFeature(featureContext);
  const support = createSupportFeature(featureContext);
  const domains = createDomainsFeature(featureContext);
  const settingsFeature = createSettingsFeature(featureContext);
  const search = createSearchFeature(featureContext);
  const notices = createNoticesFeature(featureContext);
  const dashboard = createDashboardFeature(featureContext);
  const views = createViewsFeature(featureContext);
  const security = createSecurityFeature(featureContext);
  const payments = createPaymentsFeature(featureContext);
  const desktop = createDesktopFeature(featureContext);
  const appLock = createAppLock(featureContext, {
    closeCredentials: () => void products.handlers['credentials:relock'](undefined),
    opened: () => {
      for (const resource of [...BILLING_RESOURCES, ...PAYMENTS_RESOURCES]) {
        emit('data:changed', { resource: resource.name });
      }
      emit('data:changed', { resource: BILLING_OVERVIEW });
    },
  });
  const costs = createCostsFeature(featureContext);
  features = [
    products,
    team,
    support,
    domains,
    search,
    settingsFeature,
    notices,
    dashboard,
    views,
    security,
    payments,
    desktop,
    appLock,
    costs,
  ] as Feature<ChannelName>[];

  const offlineStatus = () => ({ online: true, syncing: false, lastSyncedAt: null });

  const router = createRouter(
    // the locked app answers no invoice, payment or credential request (once the input is
    // checked: a bad one is still answered as bad), whoever asks
    appLock.guard({
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
        if (session.current.status === 'signedIn') await appLock.passwordConfirmed(password);
        // what main holds now: a sign-out meanwhile (the window saw the sign-in at once) wins
        return session.current;
      },
      'session:mfa': async ({ code }) => {
        await session.completeMfa(code);
        await startSync();
        return session.current;
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
      'settings:set': (patch) => {
        const before = options.settings.get();
        const settings = options.settings.set(patch);
        if (
          settings.invoicePdfYears !== before.invoicePdfYears ||
          settings.einvoiceFormat !== before.einvoiceFormat
        ) {
          billing?.replanPdfs();
        }
        // a pass now schedules the next one after the new pause, not the old one
        if (settings.syncIntervalSeconds !== before.syncIntervalSeconds) void sync?.syncNow();
        return settings;
      },
      'clipboard:writeText': ({ text }) => options.clipboard.writeText(text),
      'billing:overview': () => billing?.overview() ?? null,
      'invoices:list': () => billing?.invoices() ?? null,
      'invoices:get': ({ id }) => billing?.invoice(id) ?? null,
      'invoices:pdf': async ({ id }) => {
        const pdf = await billing?.pdf(id);
        return pdf ? { base64: pdf.bytes.toString('base64'), fileName: pdf.fileName } : null;
      },
      'invoices:savePdf': ({ id }) => signedIn().savePdf(id),
      'invoices:exportYear': ({ year }) => signedIn().exportYear(year),
      'invoices:saveEinvoice': ({ id, format }) => signedIn().saveEinvoice(id, format),
      'billing:statement': () => sync?.read<BillingStatement>(STATEMENT) ?? null,
      'payment:methods': () => sync?.read<PaymentMethods>(PAYMENT_METHODS) ?? null,
      'payment:setDefault': ({ kind }) => signedIn().setDefaultPaymentMethod(kind),
      'sepa:mandates': () => sync?.read<SepaMandates>(SEPA_MANDATES) ?? null,
      'sepa:create': (input) => signedIn().createMandate(input),
      'sepa:revoke': ({ id }) => signedIn().revokeMandate(id),
      'billing:emails': () => sync?.read<BillingEmails>(BILLING_EMAILS) ?? null,
      'billing:setEmails': (input) => signedIn().setBillingEmails(input),
      ...products.handlers,
      ...team.handlers,
      ...support.handlers,
      ...domains.handlers,
      ...settingsFeature.handlers,
      ...search.handlers,
      ...notices.handlers,
      ...dashboard.handlers,
      ...views.handlers,
      ...security.handlers,
      ...payments.handlers,
      ...desktop.handlers,
      ...appLock.handlers,
      ...costs.handlers,
    }),
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
      // no waiting for a download under way: quitting must not hang on a slow network
      billing?.stop();
      for (const feature of features) feature.stop?.();
      return Promise.resolve();
    },
    openNotification(target) {
      const route = notificationRoute(target);
      if (route) emit('notification:open', { route });
    },
    async replyToNotification(target, text) {
      if (target?.kind !== 'ticket' || !target.reply) return false;
      const result = await router.handle('tickets:reply', {
        ticketId: target.id,
        body: text,
        attachments: [],
      });
      if (!result.ok) {
        options.log?.warn('notify: a reply from a notification was refused', {
          code: result.error.code,
        });
      }
      return result.ok;
    },
    openDeepLink(url) {
      const parsed = parseDeepLink(url);
      if (!parsed.ok) {
        options.log?.warn('deep link ignored', {
          reason: parsed.reason,
          link: deepLinkForLog(url),
        });
        return false;
      }
      emit('app:navigate', { route: deepLinkRoute(parsed.target) });
      return true;
    },
  };
}
