/**
 * The settings screen's part of the core: the notice about a damaged settings file, "Cache
 * leeren", "Überall abmelden", and the notice of new invoices (a notification kind the
 * settings switch). Reading and changing settings stays in app-core (billing replans its
 * PDFs on a change there).
 */
import type { InvoiceSummary } from '../../../shared/billing';
import type { Feature, FeatureContext } from '../feature';
import { INVOICES } from '../billing/billing-resources';
import { createInvoiceNotifier } from './invoice-notifier';

type SettingsChannel =
  'settings:notice' | 'settings:dismissNotice' | 'cache:clear' | 'session:logoutEverywhere';

export function createSettingsFeature(ctx: FeatureContext): Feature<SettingsChannel> {
  const { options, session } = ctx;
  let noticeDismissed = false;
  let invoices: ReturnType<typeof createInvoiceNotifier> | null = null;

  const invoiceNotifier = () => {
    const live = ctx.live();
    if (!live) return null;
    invoices ??= createInvoiceNotifier({
      cache: live.cache,
      list: async () => (await live.sync.read<InvoiceSummary[]>(INVOICES))?.data ?? null,
      enabled: () => options.settings.get().notifyNewInvoices,
      language: () => options.settings.get().language,
      show: (notification) => options.notifier.show(notification),
    });
    return invoices;
  };

  return {
    handlers: {
      'settings:notice': () => ({
        repaired: !noticeDismissed && (options.settings.repaired?.() ?? false),
      }),
      'settings:dismissNotice': () => {
        noticeDismissed = true;
      },
      'cache:clear': async () => {
        // signed out there is no cache to clear (sign-out destroyed it)
        if (!ctx.live()) return;
        options.log?.info('settings: cache cleared by the person, syncing again');
        // queued writes are not cache: they are carried over and still sent
        await ctx.clearCache();
      },
      'session:logoutEverywhere': async () => {
        // the server first: offline this fails and the person is told, nothing ends half-way
        // an empty JSON body: without one the client would send a form content type (415)
        await session.api.request({ method: 'POST', path: '/v1/auth/logout-all', body: {} });
        return session.logout();
      },
    },
    afterPass(changed) {
      if (changed.has(INVOICES)) void invoiceNotifier()?.check();
    },
    onSignedIn() {
      // the first look takes note of what is there (a fresh cache knows nothing yet)
      void invoiceNotifier()?.check();
    },
    onSignedOut() {
      invoices = null;
    },
  };
}
