import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../shared/domain';
import type { FeatureContext } from '../feature';
import { settingsDefaults } from '../settings/settings-schema';
import { accountKey, createViewsFeature } from './views-feature';

/** the feature over settings kept in memory and a session that can change who is signed in */
function setup() {
  let settings: Settings = { ...settingsDefaults };
  const session = { current: { status: 'signedIn', email: 'erika@example.de' } as object };
  const ctx = {
    options: {
      settings: {
        get: () => settings,
        set: (patch: Partial<Settings>) => {
          settings = { ...settings, ...patch };
          return settings;
        },
      },
    },
    session,
  } as unknown as FeatureContext;
  const { handlers } = createViewsFeature(ctx);
  const signInAs = (email: string) => {
    session.current = { status: 'signedIn', email };
  };
  return { handlers, signInAs, settings: () => settings };
}

describe('views feature', () => {
  it('keeps the keychain notice hidden for the account that dismissed it, not for others', async () => {
    const { handlers, signInAs, settings } = setup();
    expect((await handlers['views:state'](undefined)).vaultNoticeDismissed).toBe(false);
    await handlers['views:dismissVaultNotice'](undefined);
    expect((await handlers['views:state'](undefined)).vaultNoticeDismissed).toBe(true);
    // the file names a hash, never the address
    expect(JSON.stringify(settings())).not.toContain('erika');
    signInAs(' Erika@Example.de ');
    expect((await handlers['views:state'](undefined)).vaultNoticeDismissed).toBe(true);
    signInAs('max@example.de');
    expect((await handlers['views:state'](undefined)).vaultNoticeDismissed).toBe(false);
  });

  it('remembers each list sort on its own', async () => {
    const { handlers } = setup();
    await handlers['views:setSort']({ list: 'invoices', sort: { key: 'amount', dir: 'desc' } });
    await handlers['views:setSort']({ list: 'domains', sort: { key: 'name', dir: 'asc' } });
    await handlers['views:setSort']({ list: 'invoices', sort: { key: 'date', dir: 'asc' } });
    expect((await handlers['views:state'](undefined)).sorts).toEqual({
      invoices: { key: 'date', dir: 'asc' },
      domains: { key: 'name', dir: 'asc' },
    });
  });

  it('names accounts by a stable hash of the normalised address', () => {
    expect(accountKey('A@b.de')).toBe(accountKey(' a@b.de'));
    expect(accountKey('a@b.de')).toMatch(/^[0-9a-f]{32}$/);
  });
});
