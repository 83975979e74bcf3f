// Account and team in the core against the real sandbox server, with the vault on the real
// Secret Service. A counting proxy (testing/counting-proxy.ts) sits between them so a test can
// say what the sync asked for on the wire. Syncs run only when a test asks (sync:now).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BillingOverview, InvoiceSummary } from '../../../shared/billing';
import type { Account, Cached, IpcResult, SessionState, SyncStatus } from '../../../shared/domain';
import type {
  AccountSaveResult,
  Contact,
  Invitation,
  InvitationInfo,
  Me,
  Team,
  Verification,
} from '../../../shared/team/types';
import { SESSION_SECRET } from '../session/session';
import { BILLING_PATHS, ERIKA, JONAS, teamSandbox } from './testing-team-sandbox';
import { until } from '../testing/core-calls';
import { readPaths } from '../testing/counting-proxy';

const env = teamSandbox();
const { makeCore, call, signIn, outboxToken } = env;

describe('team in the core against the sandbox', () => {
  it('switches to the other customer account: the cache starts over and refills for it', async () => {
    const { core, secrets, events } = await makeCore();
    await signIn(core, ERIKA);
    const me = await until('me:get', () => call<Cached<Me> | null>(core, 'me:get'));
    const home = me.data.customer;
    const other = me.data.memberships.find((m) => m.customerId !== home.customerId);
    expect(other).toBeDefined();
    const homeAccount = (await call<Cached<Account>>(core, 'account:get')).data;
    const homeInvoices = (await call<Cached<InvoiceSummary[]>>(core, 'invoices:list')).data;
    expect(homeAccount.customerNumber).toBe(home.customerNumber);
    const tokenBefore = await secrets.get(SESSION_SECRET);

    events.length = 0;
    const switched = await call<Me>(core, 'account:switch', { customerId: other!.customerId });
    // every view hears that its data changed, so none keeps showing the account left
    const announced = events.flatMap((e) =>
      e.event === 'data:changed' ? [(e.payload as { resource: string }).resource] : [],
    );
    expect(announced).toEqual(
      expect.arrayContaining(['account', 'invoices', 'me', 'contacts', 'billing-overview']),
    );
    expect(switched.customer.customerId).toBe(other!.customerId);
    expect(switched.email).toBe(ERIKA.email);
    // the vault keeps the new pair's refresh token; the old session is over on the server
    expect(await secrets.get(SESSION_SECRET)).not.toBe(tokenBefore);
    const oldRefresh = (JSON.parse(tokenBefore!) as { refreshToken: string }).refreshToken;
    const reuse = await fetch(new URL('/v1/auth/refresh', env.server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: oldRefresh }),
    });
    expect(reuse.status).toBe(401);

    // nothing of the first account is readable any more; the other one's data arrives
    const account = await until('account:get', async () => {
      const doc = await call<Cached<Account> | null>(core, 'account:get');
      expect(doc?.data.customerNumber).not.toBe(home.customerNumber);
      return doc;
    });
    expect(account.data.customerNumber).toBe(other!.customerNumber);
    const cachedMe = await until('me:get', () => call<Cached<Me> | null>(core, 'me:get'));
    expect(cachedMe.data.customer.customerId).toBe(other!.customerId);
    await until(
      'a completed pass',
      async () => (await call<SyncStatus>(core, 'sync:now')).lastSyncedAt,
    );
    const invoices = (await call<Cached<InvoiceSummary[]> | null>(core, 'invoices:list'))?.data;
    const homeIds = new Set(homeInvoices.map((invoice) => invoice.id));
    expect((invoices ?? []).filter((invoice) => homeIds.has(invoice.id))).toEqual([]);

    // and back again
    const back = await call<Me>(core, 'account:switch', { customerId: home.customerId });
    expect(back.customer.customerNumber).toBe(home.customerNumber);
    const again = await until('account:get', () =>
      call<Cached<Account> | null>(core, 'account:get'),
    );
    expect(again.data.customerNumber).toBe(home.customerNumber);
  });

  it('skips what a limited user may not see, once, and says so on the billing reads', async () => {
    const { core, warnings } = await makeCore();
    env.proxy.reset();
    await signIn(core, JONAS);
    const me = await until('me:get', () => call<Cached<Me> | null>(core, 'me:get'));
    expect(me.data.rights).not.toContain('invoices');
    // read alone or in a pass's batch
    const asked = (path: string) => readPaths(env.proxy.seen).filter((p) => p === path).length;
    // each billing resource was asked once (403) and never again
    for (const path of BILLING_PATHS) expect(asked(path)).toBe(1);
    env.proxy.reset();
    for (let pass = 0; pass < 3; pass++) {
      const status = await call<SyncStatus>(core, 'sync:now');
      expect(status).toMatchObject({ online: true, syncing: false });
    }
    const billing = readPaths(env.proxy.seen).filter((read) =>
      BILLING_PATHS.some((p) => read.startsWith(p)),
    );
    expect(billing).toEqual([]);
    // the passes did reach the server (a pass under way may have answered one of the calls)
    expect(env.proxy.seen.filter((r) => r.path === '/v1/changes').length).toBeGreaterThan(0);
    // no pass failed on the way
    expect(warnings.filter((w) => w.startsWith('sync:'))).toEqual([]);

    // the billing reads answer "not allowed", naming the right — not an empty "loading"
    for (const channel of ['billing:overview', 'invoices:list', 'billing:statement']) {
      const result = await core.router.handle(channel, undefined);
      expect(result).toEqual({
        ok: false,
        error: { code: 'forbidden', messageKey: 'errors.forbidden', params: { right: 'invoices' } },
      } satisfies IpcResult<unknown>);
    }
    expect(await core.router.handle('payment:methods', undefined)).toMatchObject({
      ok: false,
      error: { code: 'forbidden', params: { right: 'paymentMethods' } },
    });
    // what the user may see is there
    const contacts = await until('contacts:list', () =>
      call<Cached<Contact[]> | null>(core, 'contacts:list'),
    );
    expect(contacts.data.length).toBeGreaterThan(0);
    expect(await core.router.handle('team:get', undefined)).toMatchObject({
      ok: false,
      error: { code: 'forbidden', params: { right: 'users' } },
    });
  });

  it('answers a stale customer-data save with both versions, and saves "mine" on top', async () => {
    const { core } = await makeCore();
    await signIn(core, ERIKA);
    const before = await until('account:get', () =>
      call<Cached<Account> | null>(core, 'account:get'),
    );
    // someone else changes the account meanwhile (the app has not synced since)
    const theirsCompany = `Fremd ${randomUUID().slice(0, 8)} GmbH`;
    const response = await fetch(new URL('/v1/sandbox/account', env.server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: ERIKA.email, patch: { company: theirsCompany } }),
    });
    expect(response.ok).toBe(true);

    const mine = { company: 'Meine Änderung GmbH', phone: '+4930987654' };
    const result = await call<AccountSaveResult>(core, 'account:update', mine);
    expect(result.status).toBe('conflict');
    if (result.status !== 'conflict') return;
    expect(result.mine).toEqual(mine);
    expect(result.theirs.company).toBe(theirsCompany);
    expect(result.theirs.customerNumber).toBe(before.data.customerNumber);

    // "Meine Änderungen erneut anwenden"
    const saved = await call<AccountSaveResult>(core, 'account:update', mine);
    expect(saved).toMatchObject({ status: 'saved', account: mine });
    const cached = await call<Cached<Account>>(core, 'account:get');
    expect(cached.data).toMatchObject(mine);
  });

  it('refuses to delete a contact a domain uses, naming the domains', async () => {
    const { core } = await makeCore();
    await signIn(core, ERIKA);
    const contacts = await until('contacts:list', () =>
      call<Cached<Contact[]> | null>(core, 'contacts:list'),
    );
    const used = contacts.data.find((contact) => contact.usedByDomains.length > 0);
    expect(used).toBeDefined();
    const refused = await core.router.handle('contacts:delete', { id: used!.id });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'contact_in_use',
        messageKey: 'errors.contact_in_use',
        params: { domains: used!.usedByDomains.join(', ') },
      },
    });

    // a contact no domain uses: created, changed and deleted, the list following each step
    const input = {
      kind: 'person' as const,
      firstName: 'Max',
      lastName: 'Probe',
      organization: null,
      email: 'max.probe@example.de',
      phone: '+4930111222',
      address: { street: 'Testweg 2', postalCode: '10115', city: 'Berlin', country: 'DE' },
    };
    const created = await call<Contact>(core, 'contacts:create', input);
    const listed = async () =>
      (await call<Cached<Contact[]>>(core, 'contacts:list')).data.find((c) => c.id === created.id);
    expect((await listed())?.lastName).toBe('Probe');
    await call<Contact>(core, 'contacts:update', { ...input, id: created.id, lastName: 'Prüf' });
    expect((await listed())?.lastName).toBe('Prüf');
    await call(core, 'contacts:delete', { id: created.id });
    expect(await listed()).toBeUndefined();
  });

  it('registers, confirms the address with the token from the outbox, and signs in', async () => {
    const { core } = await makeCore();
    const email = `neu-${randomUUID().slice(0, 8)}@example.de`;
    const password = 'Ein-langes-Passwort-2026!';
    await call(core, 'register:create', { email, password });
    const unconfirmed = await core.router.handle('session:login', { email, password });
    expect(unconfirmed).toMatchObject({
      ok: false,
      error: { code: 'email_unconfirmed', messageKey: 'errors.email_unconfirmed' },
    });
    await call(core, 'register:confirmEmail', { token: await outboxToken(email) });
    // a token is good once
    expect(
      await core.router.handle('register:confirmEmail', { token: await outboxToken(email) }),
    ).toMatchObject({ ok: false, error: { code: 'verify_token_invalid' } });

    await signIn(core, { email, password });
    const me = await until('me:get', () => call<Cached<Me> | null>(core, 'me:get'));
    expect(me.data.email).toBe(email);
    expect(me.data.customer.owner).toBe(true);
    const verification = await until('verification:get', () =>
      call<Cached<Verification> | null>(core, 'verification:get'),
    );
    expect(verification.data.steps.find((step) => step.id === 'emailConfirmed')?.state).toBe(
      'done',
    );
    expect(verification.data.status).toBe('unverified');
  });

  it('follows a change of rights: billing arrives once granted and goes once taken away', async () => {
    const owner = (await makeCore()).core;
    await signIn(owner, ERIKA);
    const team = await until('team:get', () => call<Cached<Team> | null>(owner, 'team:get'));
    const jonas = team.data.users.find((user) => user.email === JONAS.email)!;
    const limited = jonas.rights;

    const { core } = await makeCore();
    await signIn(core, JONAS);
    expect(await core.router.handle('invoices:list', undefined)).toMatchObject({ ok: false });

    await call(owner, 'users:setRights', { userId: jonas.id, rights: [...limited, 'invoices'] });
    await call(core, 'sync:now');
    const invoices = await until('invoices:list', async () => {
      const result = await core.router.handle('invoices:list', undefined);
      return result.ok && (result.data as Cached<InvoiceSummary[]> | null);
    });
    expect(invoices.data.length).toBeGreaterThan(0);
    // invoices without paymentMethods: the overview shows the sums, no payment method
    await until('payment:methods refused', async () => {
      const result = await core.router.handle('payment:methods', undefined);
      return !result.ok && result.error.code === 'forbidden';
    });
    const overview = await call<Cached<BillingOverview>>(core, 'billing:overview');
    expect(overview.data).toMatchObject({ paymentMethod: null, mandate: null });

    await call(owner, 'users:setRights', { userId: jonas.id, rights: limited });
    await call(core, 'sync:now');
    await until('invoices:list refused', async () => {
      const result = await core.router.handle('invoices:list', undefined);
      return !result.ok && result.error.code === 'forbidden';
    });
  });

  it('invites a new address: inspect, create the login from the invitation, signed in there', async () => {
    const owner = (await makeCore()).core;
    await signIn(owner, ERIKA);
    const email = `eingeladen-${randomUUID().slice(0, 8)}@example.de`;
    const invitation = await call<Invitation>(owner, 'users:invite', {
      email,
      rights: ['contacts', 'domains'],
    });
    expect(invitation.email).toBe(email);
    const team = await call<Cached<Team>>(owner, 'team:get');
    expect(team.data.invitations.map((i) => i.email)).toContain(email);

    const { core } = await makeCore();
    const token = await outboxToken(email);
    const info = await call<InvitationInfo>(core, 'invitations:inspect', { token });
    expect(info).toMatchObject({ email, existingAccount: false });
    const state = await call<SessionState>(core, 'invitations:acceptNew', {
      token,
      password: 'Ein-langes-Passwort-2026!',
    });
    expect(state).toEqual({ status: 'signedIn', email });
    const me = await until('me:get', () => call<Cached<Me> | null>(core, 'me:get'));
    expect(me.data.customer.customerNumber).toBe(
      (await call<Cached<Me>>(owner, 'me:get')).data.customer.customerNumber,
    );
    expect([...me.data.rights].sort()).toEqual(['contacts', 'domains']);
    // used once
    expect(await core.router.handle('invitations:inspect', { token })).toMatchObject({
      ok: false,
      error: { code: 'invitation_invalid' },
    });
  });

  it('uploads a verification document and refuses one that is not what it claims', async () => {
    const { core } = await makeCore();
    await signIn(core, ERIKA);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const verification = await call<Verification>(core, 'verification:upload', {
      kind: 'identity',
      fileName: 'ausweis.pdf',
      mimeType: 'application/pdf',
      base64: pdf.toString('base64'),
    });
    expect(verification.documents.map((d) => d.fileName)).toContain('ausweis.pdf');
    const cached = await call<Cached<Verification>>(core, 'verification:get');
    expect(cached.data.documents.map((d) => d.fileName)).toContain('ausweis.pdf');

    const refused = await core.router.handle('verification:upload', {
      kind: 'identity',
      fileName: 'ausweis.png',
      mimeType: 'image/png',
      base64: pdf.toString('base64'),
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'document_type', messageKey: 'errors.document_type' },
    });
  });

  it('invites an existing login: only that address may accept, then it can switch there', async () => {
    // someone with a login of their own (and their own customer account)
    const email = `bestehend-${randomUUID().slice(0, 8)}@example.de`;
    const password = 'Ein-langes-Passwort-2026!';
    const { core } = await makeCore();
    await call(core, 'register:create', { email, password });
    await call(core, 'register:confirmEmail', { token: await outboxToken(email) });

    const owner = (await makeCore()).core;
    await signIn(owner, ERIKA);
    const ownMe = (await until('me:get', () => call<Cached<Me> | null>(owner, 'me:get'))).data;
    await call<Invitation>(owner, 'users:invite', { email, rights: ['contacts'] });
    const token = await outboxToken(email);

    // another signed-in person cannot take it
    const other = (await makeCore()).core;
    await signIn(other, JONAS);
    expect(await other.router.handle('invitations:accept', { token })).toMatchObject({
      ok: false,
      error: { code: 'invitation_other_email', messageKey: 'errors.invitation_other_email' },
    });

    expect(await call<InvitationInfo>(core, 'invitations:inspect', { token })).toMatchObject({
      email,
      existingAccount: true,
    });
    await signIn(core, { email, password });
    const joined = await call<Me>(core, 'invitations:accept', { token });
    const membership = joined.memberships.find(
      (m) => m.customerNumber === ownMe.customer.customerNumber,
    );
    expect(membership).toMatchObject({ owner: false });
    // the session stays in its own account until the person switches
    expect(joined.customer.customerNumber).not.toBe(ownMe.customer.customerNumber);
    const there = await call<Me>(core, 'account:switch', { customerId: membership!.customerId });
    expect(there.rights).toEqual(['contacts']);
    // there it sees the inviting account's contacts, the same the owner sees
    const ids = (list: Cached<Contact[]>) => list.data.map((contact) => contact.id).sort();
    const theirs = await until('contacts:list', () =>
      call<Cached<Contact[]> | null>(owner, 'contacts:list'),
    );
    const seen = await until('contacts:list', () =>
      call<Cached<Contact[]> | null>(core, 'contacts:list'),
    );
    expect(theirs.data.length).toBeGreaterThan(0);
    expect(ids(seen)).toEqual(ids(theirs));
  });
});
