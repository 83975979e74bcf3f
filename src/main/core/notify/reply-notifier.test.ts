import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../shared/domain';
import type { Ticket, TicketDetail, TicketMessage } from '../../../shared/support/types';
import type { Notification } from '../ports';
import { createMemoryCache } from '../store/memory-cache';
import { ReplyNotifier } from './reply-notifier';

function message(
  id: string,
  author: 'staff' | 'customer',
  body: string,
  at: string,
): TicketMessage {
  return { id, ticketId: 't1', author, authorName: author, body, createdAt: at, attachments: [] };
}

function thread(status: Ticket['status'], messages: TicketMessage[]): TicketDetail {
  const last = messages.at(-1);
  return {
    id: 't1',
    number: 'T-100001',
    subject: 'Server langsam',
    department: 'technik',
    priority: 'normal',
    status,
    related: [],
    createdAt: '2026-03-01T10:00:00.000Z',
    lastActivityAt: last?.createdAt ?? '2026-03-01T10:00:00.000Z',
    unread: last?.author === 'staff',
    lastMessagePreview: last?.body ?? '',
    messages,
  };
}

function setup() {
  const cache = createMemoryCache();
  const shown: Notification[] = [];
  const settings = { notifyTicketReplies: true, notifyTicketClosed: true } as Settings;
  let current = thread('open', [message('m1', 'customer', 'Hallo', '2026-03-01T10:00:00.000Z')]);
  const make = () =>
    new ReplyNotifier({
      cache,
      settings: () => settings,
      show: (notification) => shown.push(notification),
      list: () => Promise.resolve([current]),
      detail: () => Promise.resolve(current),
    });
  return {
    shown,
    settings,
    make,
    set(next: TicketDetail) {
      current = next;
    },
    get current() {
      return current;
    },
  };
}

const history = [
  message('m1', 'customer', 'Hallo', '2026-03-01T10:00:00.000Z'),
  message('m2', 'staff', 'Alte Antwort', '2026-03-01T11:00:00.000Z'),
];

describe('ReplyNotifier', () => {
  it('does not announce history on the first look, then announces a new staff reply once', async () => {
    const t = setup();
    t.set(thread('answered', history));
    const notifier = t.make();
    await notifier.check();
    expect(t.shown).toEqual([]);

    const reply = message(
      'm3',
      'staff',
      'Wir haben   das Problem\nbehoben.',
      '2026-03-02T09:00:00.000Z',
    );
    t.set(thread('answered', [...history, reply]));
    await notifier.check();
    await notifier.check();
    expect(t.shown).toEqual([
      {
        title: 'Server langsam',
        body: 'Wir haben das Problem behoben.',
        // a staff reply asks for an answer (the OS's reply field, or the reply box on click)
        target: { kind: 'ticket', id: 't1', reply: true },
      },
    ]);
  });

  it('never announces the same reply twice, also after a restart', async () => {
    const t = setup();
    t.set(thread('answered', history));
    await t.make().check();
    t.set(
      thread('answered', [...history, message('m3', 'staff', 'Neu', '2026-03-02T09:00:00.000Z')]),
    );
    await t.make().check();
    // a new notifier on the same cache: the app started again
    await t.make().check();
    expect(t.shown.map((n) => n.body)).toEqual(['Neu']);
  });

  it("does not announce the person's own messages", async () => {
    const t = setup();
    t.set(thread('answered', history));
    const notifier = t.make();
    await notifier.check();
    t.set(
      thread('open', [...history, message('m3', 'customer', 'Danke', '2026-03-02T09:00:00.000Z')]),
    );
    await notifier.check();
    expect(t.shown).toEqual([]);
  });

  it('stays quiet when replies are turned off, and does not catch up when turned on again', async () => {
    const t = setup();
    t.set(thread('answered', history));
    const notifier = t.make();
    await notifier.check();
    t.settings.notifyTicketReplies = false;
    t.set(
      thread('answered', [...history, message('m3', 'staff', 'Still', '2026-03-02T09:00:00.000Z')]),
    );
    await notifier.check();
    t.settings.notifyTicketReplies = true;
    await notifier.check();
    expect(t.shown).toEqual([]);
  });

  it('announces a ticket closed by staff, not one the person closed', async () => {
    const t = setup();
    t.set(thread('answered', history));
    const notifier = t.make();
    await notifier.check();
    t.set({ ...thread('closed', history), lastActivityAt: '2026-03-03T08:00:00.000Z' });
    await notifier.check();
    expect(t.shown).toEqual([
      { title: 'Server langsam', body: 'T-100001', target: { kind: 'ticket', id: 't1' } },
    ]);

    t.set({ ...thread('open', history), lastActivityAt: '2026-03-04T08:00:00.000Z' });
    await notifier.check();
    notifier.closingOwn('t1');
    t.set({ ...thread('closed', history), lastActivityAt: '2026-03-05T08:00:00.000Z' });
    await notifier.check();
    expect(t.shown).toHaveLength(1);
  });

  it('respects the setting for closed tickets', async () => {
    const t = setup();
    t.set(thread('answered', history));
    const notifier = t.make();
    await notifier.check();
    t.settings.notifyTicketClosed = false;
    t.set({ ...thread('closed', history), lastActivityAt: '2026-03-03T08:00:00.000Z' });
    await notifier.check();
    expect(t.shown).toEqual([]);
  });
});
