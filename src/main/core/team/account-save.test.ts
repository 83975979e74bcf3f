// Saving the customer information: If-Match from the cached account, and a 412 answered with
// both versions instead of an error (or an overwrite).
import { describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/domain';
import type { RequestOptions } from '../api/api-client';
import { ApiError } from '../api/api-error';
import type { FeatureContext } from '../feature';
import { saveAccount } from './account-save';

const account = (company: string): Account => ({
  customerNumber: 'K-100234',
  kind: 'company',
  firstName: 'Erika',
  lastName: 'Mustermann',
  company,
  email: 'demo@kundencenter.example',
  phone: '+4930123456',
  address: { street: 'Hauptstr. 1', postalCode: '10115', city: 'Berlin', country: 'DE' },
  vatId: null,
  verificationStatus: 'verified',
});

/** The server as the test scripts it, and a cache holding one account with its ETag. */
function context(answer: (options: RequestOptions) => unknown) {
  const sent: RequestOptions[] = [];
  const refreshed: string[][] = [];
  let cached = { data: account('Alt GmbH'), etag: '"v1"' };
  const sync = {
    etag: (name: string) => Promise.resolve(name === 'account' ? cached.etag : undefined),
    read: (name: string) =>
      Promise.resolve(name === 'account' ? { data: cached.data, syncedAt: 'now' } : null),
    refresh: (names: string[]) => {
      refreshed.push(names);
      // the server's current version arrives with its ETag
      if (names.includes('account')) cached = { data: account('Fremd GmbH'), etag: '"v2"' };
      return Promise.resolve();
    },
  };
  const api = {
    request: (options: RequestOptions) => {
      sent.push(options);
      return Promise.resolve().then(() => ({
        status: 200,
        data: answer(options),
        notModified: false,
      }));
    },
  };
  const ctx = {
    options: {},
    session: { api },
    signedIn: () => ({ sync }),
    live: () => ({ sync }),
  } as unknown as FeatureContext;
  return { ctx, sent, refreshed };
}

describe('saveAccount', () => {
  it('saves with the ETag of the account the person saw', async () => {
    const { ctx, sent, refreshed } = context(() => account('Neu GmbH'));
    const result = await saveAccount(ctx, { company: 'Neu GmbH' });
    expect(result).toEqual({ status: 'saved', account: account('Neu GmbH') });
    expect(sent[0]).toMatchObject({
      method: 'PATCH',
      path: '/v1/account',
      ifMatch: '"v1"',
      body: { company: 'Neu GmbH' },
    });
    expect(refreshed).toEqual([['account', 'me', 'verification']]);
  });

  it('answers a conflict with both versions when someone else saved meanwhile', async () => {
    const { ctx } = context(() => {
      throw new ApiError(412, 'precondition_failed');
    });
    const result = await saveAccount(ctx, { company: 'Meine GmbH', phone: '+4930999' });
    expect(result).toEqual({
      status: 'conflict',
      mine: { company: 'Meine GmbH', phone: '+4930999' },
      theirs: account('Fremd GmbH'),
    });
  });

  it('applies "mine" on top of the current version when saved again after a conflict', async () => {
    let first = true;
    const { ctx, sent } = context(() => {
      if (first) {
        first = false;
        throw new ApiError(412, 'precondition_failed');
      }
      return account('Meine GmbH');
    });
    await saveAccount(ctx, { company: 'Meine GmbH' });
    const again = await saveAccount(ctx, { company: 'Meine GmbH' });
    expect(again.status).toBe('saved');
    expect(sent[1]?.ifMatch).toBe('"v2"');
  });

  it('passes other refusals on (a VAT ID in the wrong format names its field)', async () => {
    const { ctx } = context(() => {
      throw new ApiError(422, 'validation_failed', undefined, { vatId: 'vat_id_invalid' });
    });
    await expect(saveAccount(ctx, { vatId: 'DE12' })).rejects.toMatchObject({
      status: 422,
      fields: { vatId: 'vat_id_invalid' },
    });
  });
});
