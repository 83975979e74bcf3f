import { describe, expect, it } from 'vitest';
import type { InvoiceSummary } from '../../../shared/billing';
import type { Notification } from '../ports';
import type { EncryptedCache } from '../store/encrypted-cache';
import { createInvoiceNotifier, notices } from './invoice-notifier';

const invoice = (id: string, grossCents = 11900): InvoiceSummary => ({
  id,
  number: `RE-2026-${id}`,
  issueDate: '2026-03-01',
  dueDate: '2026-03-15',
  netCents: 10000,
  vatCents: 1900,
  grossCents,
  openCents: grossCents,
  status: 'open',
});

function setup() {
  const entries = new Map<string, unknown>();
  const cache = {
    getJson: (name: string) => Promise.resolve(entries.get(name) ?? null),
    putJson: (name: string, value: unknown) => {
      entries.set(name, value);
      return Promise.resolve();
    },
  } as unknown as EncryptedCache;
  let list: InvoiceSummary[] | null = null;
  let enabled = true;
  const shown: Notification[] = [];
  const notifier = () =>
    createInvoiceNotifier({
      cache,
      list: () => Promise.resolve(list),
      enabled: () => enabled,
      language: () => 'de',
      show: (n) => shown.push(n),
    });
  return {
    shown,
    notifier,
    setList: (l: InvoiceSummary[]) => (list = l),
    disable: () => (enabled = false),
  };
}

describe('notice of new invoices', () => {
  it('takes note of the history first, then tells each new invoice once, also after a restart', async () => {
    const t = setup();
    const first = t.notifier();
    t.setList([invoice('1'), invoice('2')]);
    await first.check();
    expect(t.shown).toEqual([]);
    t.setList([invoice('3'), invoice('1'), invoice('2')]);
    await first.check();
    await first.check();
    const restarted = t.notifier();
    await restarted.check();
    expect(t.shown).toEqual([
      {
        title: 'Neue Rechnung RE-2026-3',
        body: '119,00\u00a0€, fällig am 15.03.2026',
        target: { kind: 'invoice', id: '3' },
      },
    ]);
  });

  it('stays quiet when the setting is off, and does not tell it later', async () => {
    const t = setup();
    const n = t.notifier();
    t.setList([invoice('1')]);
    await n.check();
    t.disable();
    t.setList([invoice('2'), invoice('1')]);
    await n.check();
    expect(t.shown).toEqual([]);
  });

  it('sums up many new invoices in one notice, in English too', () => {
    const many = ['1', '2', '3', '4'].map((id) => invoice(id));
    expect(notices(many, 'en')).toEqual([
      { title: '4 new invoices', body: 'RE-2026-1, RE-2026-2, RE-2026-3, RE-2026-4' },
    ]);
    expect(notices([invoice('9', 5000)], 'en')[0]?.body).toBe('€50.00, due 15 Mar 2026');
  });
});
