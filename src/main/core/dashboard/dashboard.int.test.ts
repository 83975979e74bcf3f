// The Übersicht and the provider notices in the core against the real sandbox: the cards of
// the demo customer from the synced collections, a notice posted as staff arriving live as
// one system notification (none for the history, none when turned off or general), its click
// asking the renderer for the notice, and the overview following a write that patches a list.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../../server/src/app';
import type { DashboardOverview, DueSoonCard } from '../../../shared/dashboard/types';
import type { Cached } from '../../../shared/domain';
import type { DomainDetail } from '../../../shared/domains/types';
import type { Notice } from '../../../shared/notices/types';
import type { Core } from '../app-core-types';
import type { Notification } from '../ports';
import { callerOf, until } from '../testing/core-calls';
import { createTestCore } from '../testing/test-core';

const DEMO = { email: 'demo@kundencenter.example', password: 'Demo-Passwort-2026' };
const serverDir = mkdtempSync(join(tmpdir(), 'kc-dashboard-server-'));
const appDir = mkdtempSync(join(tmpdir(), 'kc-dashboard-app-'));

let server: Awaited<ReturnType<typeof startServer>>;
let core: Core;
const notifications: Notification[] = [];
const events: { event: string; payload: unknown }[] = [];

const call = callerOf(() => core);

const overview = () => call<DashboardOverview | null>('dashboard:overview');
const ready = (o: DashboardOverview | null) =>
  o !== null &&
  [o.openAmount, o.support, o.dueSoon, o.notices].every((card) => card.status === 'ready') &&
  o.dueSoon.status === 'ready' &&
  [o.dueSoon.data.domains, o.dueSoon.data.contracts, o.dueSoon.data.mandateMissing].every(
    (part) => part.status === 'ready',
  );
const dueSoon = (o: DashboardOverview): DueSoonCard => {
  if (o.dueSoon.status !== 'ready') throw new Error('Bald fällig not ready');
  return o.dueSoon.data;
};
const noticeTitles = (o: DashboardOverview | null) =>
  o?.notices.status === 'ready' ? o.notices.data.items.map((n) => n.title.de) : [];

async function postNotice(body: Record<string, unknown>): Promise<Notice> {
  const response = await fetch(`${server.url}/v1/sandbox/notices`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as Notice;
}

beforeAll(async () => {
  server = await startServer({ dataDir: serverDir, port: 0 });
  core = createTestCore(server.url, appDir, {
    notifier: { show: (notification) => notifications.push(notification) },
    saveDialog: { save: () => Promise.resolve({ saved: true }) },
    syncTimings: { pollMs: 600_000, offlineMinMs: 50, offlineMaxMs: 300, prefetchGapMs: 60_000 },
  });
  core.onEvent((event, payload) => events.push({ event, payload }));
  await core.start();
  await call('session:login', DEMO);
}, 30_000);

afterAll(async () => {
  await core.stop();
  await server.close();
  rmSync(serverDir, { recursive: true, force: true });
  rmSync(appDir, { recursive: true, force: true });
});

describe('the Übersicht in the core', () => {
  it("fills every card from the demo customer's synced data", async () => {
    const o = await until('every card ready', async () => {
      const current = await overview();
      return ready(current) ? current : null;
    });
    expect(o.openAmount.status === 'ready' && o.openAmount.data).toMatchObject({
      openCount: 3,
      overdueCount: 1,
      failedDebits: [],
    });
    expect(o.support.status === 'ready' && o.support.data.openCount).toBeGreaterThan(0);
    const soon = dueSoon(o);
    expect(soon.domains.status === 'ready' && soon.domains.data.items.map((d) => d.name)).toEqual([
      'muster-webdesign-shop.de',
    ]);
    expect(soon.contracts.status === 'ready' && soon.contracts.data.items.map((c) => c.id)).toEqual(
      ['V-100234-06'],
    );
    // bank transfer: no mandate needed
    expect(soon.mandateMissing).toEqual({ status: 'ready', data: false });
    expect(noticeTitles(o)).toEqual([
      'Verzögerter E-Mail-Empfang',
      'Wartung der Managed-Server-Plattform',
    ]);
    expect(o.syncedAt).not.toBeNull();
    // the history found at the first sync is not news
    expect(notifications).toEqual([]);
  });

  it('announces a new notice live, once, and a click asks for its route', async () => {
    const before = events.length;
    const posted = await postNotice({
      title: 'Störung Datenbankserver',
      titleEn: 'Database server down',
      contractIds: ['V-100234-01'],
    });
    await until('the notification', () => notifications.length > 0);
    expect(notifications).toMatchObject([
      { title: 'Störung Datenbankserver', target: { kind: 'notice', id: posted.id } },
    ]);
    expect(notifications[0]?.body).toMatch(/^Störung seit /);
    // active ones first (by start), then the planned one
    expect(noticeTitles(await overview())).toEqual([
      'Verzögerter E-Mail-Empfang',
      'Störung Datenbankserver',
      'Wartung der Managed-Server-Plattform',
    ]);
    expect(
      events
        .slice(before)
        .some(
          (e) =>
            e.event === 'data:changed' && JSON.stringify(e.payload) === '{"resource":"dashboard"}',
        ),
    ).toBe(true);
    const cached = await call<Cached<Notice> | null>('notices:get', { id: posted.id });
    expect(cached?.data.contractIds).toEqual(['V-100234-01']);

    core.openNotification({ kind: 'notice', id: posted.id });
    expect(events.at(-1)).toEqual({
      event: 'notification:open',
      payload: { route: `/?notice=${posted.id}` },
    });
    await call('sync:now');
    expect(notifications).toHaveLength(1);
  });

  it('tells nothing of a general notice or while the setting is off, but shows them', async () => {
    await call('settings:set', { notifyNotices: false });
    await postNotice({ title: 'Wartung am Mailserver', contractIds: ['V-100234-02'] });
    await postNotice({ title: 'Wartung des Kundencenters', general: true });
    await until('both on the overview', async () =>
      noticeTitles(await overview()).includes('Wartung des Kundencenters'),
    );
    // one more pass: the notifier has looked at them (after the pass that brought them)
    await call('sync:now');
    await call('settings:set', { notifyNotices: true });
    await call('sync:now');
    expect(notifications).toHaveLength(1);
    expect(noticeTitles(await overview())).toContain('Wartung am Mailserver');
  });

  it('follows a write that patches the domain list: auto-renew on, the domain is no longer due', async () => {
    const detail = await call<Cached<DomainDetail>>('domains:get', {
      name: 'muster-webdesign-shop.de',
    });
    await call('domains:update', {
      name: 'muster-webdesign-shop.de',
      etag: detail.data.etag,
      autoRenew: true,
    });
    const o = await until('the domain gone from Bald fällig', async () => {
      const current = await overview();
      const soon = current && dueSoon(current);
      return soon?.domains.status === 'ready' && soon.domains.data.total === 0 ? current : null;
    });
    expect(dueSoon(o).contracts.status).toBe('ready');
  });

  it('shows a cancellation awaiting review that another device requested, without its detail', async () => {
    // the web portal (another session) asks for an extraordinary cancellation of V-100234-02
    const login = await fetch(`${server.url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(DEMO),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const requested = await fetch(`${server.url}/v1/contracts/V-100234-02/cancellation`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({
        kind: 'extraordinary',
        reason: 'Umzug ins Ausland',
        endDate: '2099-12-31',
        requestedBy: 'Max Mustermann',
        confirmationEmail: DEMO.email,
        closingCompany: false,
      }),
    });
    expect(requested.status).toBe(201);
    await call('sync:now');
    const o = await until('the request in Bald fällig', async () => {
      const current = await overview();
      const soon = current && dueSoon(current);
      return soon?.contracts.status === 'ready' && soon.contracts.data.total === 2 ? current : null;
    });
    const { contracts } = dueSoon(o);
    expect(contracts.status === 'ready' && contracts.data.items).toEqual([
      expect.objectContaining({ id: 'V-100234-06', reason: 'cancelled' }),
      expect.objectContaining({
        id: 'V-100234-02',
        reason: 'cancellationRequested',
        status: 'active',
        endDate: null,
      }),
    ]);
  });
});
