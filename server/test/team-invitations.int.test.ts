/**
 * The team through the API: invitations for new and existing addresses (expired, revoked, a
 * member invited again), users' rights and the last owner, switching customer accounts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../src/shared/domain';
import type { InvitationInfo, Me, Team } from '../../src/shared/team/types';
import { DEMO_LIMITED_EMAIL, DEMO_SECOND_CUSTOMER } from '../src/team/demo-team';
import { bearer, DEMO_EMAIL, expectProblem, type TestServer } from './helpers';
import {
  accessToken,
  invitedUser,
  mailedToken,
  NEW_PASSWORD,
  registeredOwner,
  startWithDemoToken,
} from './team-helpers';

let s: TestServer;
let erika = '';
beforeAll(async () => {
  ({ s, token: erika } = await startWithDemoToken());
});
afterAll(() => s.stop());

const get = <T>(route: string, token: string) => s.call<T>('GET', route, undefined, bearer(token));

describe('invitations and users', () => {
  it('a new address creates its login from the invitation, with the invited rights', async () => {
    const token = await invitedUser(s, erika, 'neue.kollegin@flows.example', ['contacts']);
    const me = await get<Me>('/v1/me', token);
    expect(me.body).toMatchObject({
      rights: ['contacts'],
      customer: { customerNumber: 'K-100234', owner: false },
    });
    expect(me.body.memberships).toHaveLength(1);
  });

  it('an existing login signs in and accepts, only with the invited address', async () => {
    const other = await registeredOwner(s, 'vorhanden@flows.example');
    const inv = await s.call(
      'POST',
      '/v1/users/invitations',
      { email: 'Vorhanden@flows.example', rights: ['invoices'] },
      bearer(erika),
    );
    expect(inv.status).toBe(201);
    const token = await mailedToken(s, 'vorhanden@flows.example', 'kci_');
    const info = await s.call<InvitationInfo>('GET', `/v1/invitations/${token}`);
    expect(info.body).toMatchObject({
      customerName: 'Muster Webdesign GmbH',
      existingAccount: true,
    });
    expectProblem(
      await s.call('POST', '/v1/invitations/accept-new', { token, password: NEW_PASSWORD }),
      409,
      'account_exists',
    );
    const jonas = await accessToken(s, DEMO_LIMITED_EMAIL);
    expectProblem(
      await s.call('POST', '/v1/invitations/accept', { token }, bearer(jonas)),
      403,
      'invitation_other_email',
    );
    const accepted = await s.call<Me>('POST', '/v1/invitations/accept', { token }, bearer(other));
    expect(accepted.status).toBe(200);
    expect(accepted.body.memberships.map((m) => m.customerNumber)).toContain('K-100234');
    // used: refused from now on
    expectProblem(await s.call('GET', `/v1/invitations/${token}`), 400, 'invitation_invalid');
    expectProblem(
      await s.call('POST', '/v1/invitations/accept', { token }, bearer(other)),
      400,
      'invitation_invalid',
    );
  });

  it('refuses expired and revoked invitations, and members invited again', async () => {
    const inv = await s.call<{ id: string }>(
      'POST',
      '/v1/users/invitations',
      { email: 'spaet@flows.example', rights: [] },
      bearer(erika),
    );
    const token = await mailedToken(s, 'spaet@flows.example', 'kci_');
    const team = await get<Team>('/v1/users', erika);
    expect(team.body.invitations.map((i) => i.email)).toContain('spaet@flows.example');
    s.clock.advance(7 * 24 * 60 * 60 + 1);
    expectProblem(await s.call('GET', `/v1/invitations/${token}`), 400, 'invitation_invalid');
    erika = await accessToken(s, DEMO_EMAIL);
    expect((await get<Team>('/v1/users', erika)).body.invitations.map((i) => i.id)).not.toContain(
      inv.body.id,
    );

    await s.call(
      'POST',
      '/v1/users/invitations',
      { email: 'zurueck@flows.example', rights: [] },
      bearer(erika),
    );
    const revokedToken = await mailedToken(s, 'zurueck@flows.example', 'kci_');
    const pending = (await get<Team>('/v1/users', erika)).body.invitations.find(
      (i) => i.email === 'zurueck@flows.example',
    );
    expect(
      (await s.call('DELETE', `/v1/users/invitations/${pending?.id}`, undefined, bearer(erika)))
        .status,
    ).toBe(204);
    expectProblem(
      await s.call('POST', '/v1/invitations/accept-new', {
        token: revokedToken,
        password: NEW_PASSWORD,
      }),
      400,
      'invitation_invalid',
    );
    expectProblem(
      await s.call(
        'POST',
        '/v1/users/invitations',
        { email: DEMO_LIMITED_EMAIL, rights: [] },
        bearer(erika),
      ),
      409,
      'already_member',
    );
  });

  it('changes rights at once, removes users, never the last owner', async () => {
    const team = await get<Team>('/v1/users', erika);
    const jonas = team.body.users.find((u) => u.email === DEMO_LIMITED_EMAIL);
    const self = team.body.users.find((u) => u.self);
    expect(self).toMatchObject({ email: DEMO_EMAIL, owner: true });
    const jonasToken = await accessToken(s, DEMO_LIMITED_EMAIL);
    expectProblem(await get('/v1/invoices', jonasToken), 403, 'forbidden');
    const changed = await s.call(
      'PATCH',
      `/v1/users/${jonas?.id}`,
      { rights: ['invoices'] },
      bearer(erika),
    );
    expect(changed.body).toMatchObject({ rights: ['invoices'], owner: false });
    expect((await get('/v1/invoices', jonasToken)).status).toBe(200);
    // a non-owner cannot grant what they lack
    await s.call(
      'PATCH',
      `/v1/users/${jonas?.id}`,
      { rights: ['users', 'contacts'] },
      bearer(erika),
    );
    const jonasAgain = await accessToken(s, DEMO_LIMITED_EMAIL);
    const grant = await s.call(
      'PATCH',
      `/v1/users/${jonas?.id}`,
      { rights: ['invoices'] },
      bearer(jonasAgain),
    );
    expect((expectProblem(grant, 403, 'forbidden') as { right?: string }).right).toBe('invoices');

    expectProblem(
      await s.call('DELETE', `/v1/users/${self?.id}`, undefined, bearer(erika)),
      409,
      'last_owner',
    );
    expect(
      (await s.call('DELETE', `/v1/users/${jonas?.id}`, undefined, bearer(erika))).status,
    ).toBe(204);
    // the removed user's session in this account ends
    expectProblem(await get('/v1/me', jonasAgain), 401, 'session_revoked');
  });
});

describe('switching customer accounts', () => {
  it('gives a token pair for the other membership, and 404 for a foreign account', async () => {
    const me = await get<Me>('/v1/me', erika);
    const second = me.body.memberships.find((m) => m.customerNumber === DEMO_SECOND_CUSTOMER);
    expect(second).toMatchObject({ displayName: 'Erika Mustermann', owner: true });
    const pair = await s.call<{ accessToken: string }>(
      'POST',
      '/v1/auth/switch',
      { customerId: second?.customerId },
      bearer(erika),
    );
    expect(pair.status).toBe(200);
    const there = await get<Account>('/v1/account', pair.body.accessToken);
    expect(there.body).toMatchObject({ customerNumber: DEMO_SECOND_CUSTOMER, kind: 'person' });
    expect(
      (await get<{ items: unknown[] }>('/v1/contacts', pair.body.accessToken)).body.items,
    ).toEqual([]);
    // the old session still works in its own account
    expect((await get<Account>('/v1/account', erika)).body.customerNumber).toBe('K-100234');
    expectProblem(
      await s.call('POST', '/v1/auth/switch', { customerId: '1234567' }, bearer(erika)),
      404,
      'not_found',
    );
  });
});
