import { describe, expect, it, vi } from 'vitest';
import type { InvoiceSummary } from '../../../shared/billing';
import type { DomainSummary } from '../../../shared/domains/types';
import type { Contact } from '../../../shared/team/types';
import { SearchIndex, type SearchReader } from './search-index';
import { amountTexts, dateTexts, SEARCH_SOURCES } from './search-sources';

function invoice(n: number, over: Partial<InvoiceSummary> = {}): InvoiceSummary {
  return {
    id: `inv-${n}`,
    number: `RE-2025-${String(n).padStart(6, '0')}`,
    issueDate: '2025-03-01',
    dueDate: '2025-03-15',
    netCents: 10_000,
    vatCents: 1_900,
    grossCents: 11_900,
    openCents: 0,
    status: 'paid',
    ...over,
  };
}

function domain(name: string): DomainSummary {
  return {
    name,
    tld: name.split('.').pop() ?? '',
    status: 'active',
    expiresAt: '2026-12-31',
    autoRenew: true,
    transferLock: true,
    contractId: null,
    recordCount: 3,
  };
}

const contact: Contact = {
  id: '7',
  kind: 'person',
  firstName: 'Jürgen',
  lastName: 'Weiß',
  organization: 'Bäckerei Süß GmbH',
  email: 'j.weiss@baeckerei.example',
  phone: '+4930123456',
  address: { street: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin', country: 'DE' },
  usedByDomains: [],
  updatedAt: '2026-01-01T00:00:00.000Z',
};

/** A cache as the sync engine shows it: lists by name, refusals, and how often each was read. */
function fakeReader(lists: Record<string, unknown>) {
  const reads: string[] = [];
  const refused = new Set<string>();
  const reader: SearchReader = {
    readIfAllowed: <T>(name: string) => {
      reads.push(name);
      if (refused.has(name)) return Promise.resolve(null);
      return Promise.resolve(name in lists ? { data: lists[name] as T } : null);
    },
    refusal: (name) => (refused.has(name) ? { code: 'forbidden' } : null),
  };
  return { reader, reads, refused, lists };
}

describe('search sources', () => {
  it('writes amounts the ways a person types them', () => {
    expect(amountTexts(11_900).split(' ')).toEqual(['119,00', '119.00', '119']);
    expect(amountTexts(123_456).split(' ')).toEqual([
      '1.234,56',
      '1234,56',
      '1,234.56',
      '1234.56',
      '1234',
    ]);
  });

  it('writes dates as stored and as Germans write them', () => {
    expect(dateTexts('2026-03-01')).toBe('2026-03-01 01.03.2026');
  });
});

describe('SearchIndex', () => {
  const lists = {
    invoices: [
      invoice(1),
      invoice(2, { grossCents: 4_760, status: 'overdue', issueDate: '2025-11-02' }),
      invoice(4711),
    ],
    contracts: [
      {
        id: 'c-1',
        contractNumber: 'V-2024-0001',
        productName: 'Webhosting Premium',
        domains: ['muster-webdesign.de'],
      },
    ],
    domains: [domain('muster-webdesign.de'), domain('xn--mller-bckerei-hfb76a.de')],
    tickets: [
      { id: 't-1', number: 'T-100001', subject: 'Umzug der Mailpostfächer', status: 'open' },
    ],
    contacts: [contact],
  };

  it('opens an invoice by its exact number first, with the route of its screen', async () => {
    const { reader } = fakeReader(lists);
    const hits = await new SearchIndex(SEARCH_SOURCES).search(reader, 'RE-2025-004711', 5);
    expect(hits[0]).toMatchObject({
      kind: 'invoice',
      id: 'inv-4711',
      title: 'RE-2025-004711',
      route: '/billing/invoices/inv-4711',
      rank: 0,
    });
  });

  it('finds invoices by amount, German date and status in either language', async () => {
    const { reader } = fakeReader(lists);
    const index = new SearchIndex(SEARCH_SOURCES);
    const ids = async (text: string) =>
      (await index.search(reader, text, 5)).filter((h) => h.kind === 'invoice').map((h) => h.id);
    expect(await ids('47,60')).toEqual(['inv-2']);
    expect(await ids('02.11.2025')).toEqual(['inv-2']);
    expect(await ids('überfällig')).toEqual(['inv-2']);
    expect(await ids('overdue')).toEqual(['inv-2']);
  });

  it('finds a contract by product and domain, a ticket by subject, a contact by company', async () => {
    const { reader } = fakeReader(lists);
    const index = new SearchIndex(SEARCH_SOURCES);
    const hits = await index.search(reader, 'muster-webdesign', 5);
    expect(hits.map((h) => `${h.kind}:${h.route}`)).toEqual([
      'domain:/domains/muster-webdesign.de',
      'contract:/products/c-1',
    ]);
    expect(await index.search(reader, 'premium', 5)).toMatchObject([
      { kind: 'contract', title: 'V-2024-0001', subtitle: 'Webhosting Premium' },
    ]);
    expect(await index.search(reader, 'mailpostfacher', 5)).toMatchObject([
      { kind: 'ticket', title: 'T-100001', route: '/support/tickets/t-1' },
    ]);
    expect(await index.search(reader, 'suss gmbh', 5)).toMatchObject([
      { kind: 'contact', title: 'Jürgen Weiß', route: '/contacts?contact=7' },
    ]);
  });

  it('finds an IDN by what it spells, not only by its punycode', async () => {
    const { reader } = fakeReader(lists);
    const hits = await new SearchIndex(SEARCH_SOURCES).search(reader, 'müller-bäckerei', 5);
    expect(hits[0]).toMatchObject({ kind: 'domain', id: 'xn--mller-bckerei-hfb76a.de' });
  });

  it('reads each list once, and again only after it changed', async () => {
    const fake = fakeReader(lists);
    const index = new SearchIndex(SEARCH_SOURCES);
    await index.search(fake.reader, 'RE', 5);
    await index.search(fake.reader, 'RE-2025', 5);
    expect(fake.reads.filter((name) => name === 'invoices')).toHaveLength(1);

    fake.lists.invoices = [...lists.invoices, invoice(9999)];
    expect((await index.search(fake.reader, '009999', 5)).length).toBe(0);
    index.invalidate(['invoices']);
    expect(await index.search(fake.reader, '009999', 5)).toMatchObject([{ id: 'inv-9999' }]);
    expect(fake.reads.filter((name) => name === 'contracts')).toHaveLength(1);
  });

  it('leaves out a list the user may not see, even when it was indexed before', async () => {
    const fake = fakeReader(lists);
    const index = new SearchIndex(SEARCH_SOURCES);
    expect(await index.search(fake.reader, 'RE-2025-000001', 5)).toHaveLength(1);
    fake.refused.add('invoices');
    expect(await index.search(fake.reader, 'RE-2025-000001', 5)).toEqual([]);
  });

  it('answers at most the limit per kind and nothing for an empty query', async () => {
    const many = { invoices: Array.from({ length: 50 }, (_, i) => invoice(i + 1)) };
    const { reader } = fakeReader(many);
    const index = new SearchIndex(SEARCH_SOURCES);
    expect(await index.search(reader, 'RE', 5)).toHaveLength(5);
    expect(await index.search(reader, '  ', 5)).toEqual([]);
  });

  it('counts every match of a kind, shows all of one kind on request, finds "rechnung"', async () => {
    const many = { invoices: Array.from({ length: 18 }, (_, i) => invoice(i + 1)) };
    const { reader } = fakeReader(many);
    const index = new SearchIndex(SEARCH_SOURCES);
    const answer = await index.answer(reader, 'RE', 5);
    expect(answer.hits).toHaveLength(5);
    expect(answer.totals).toEqual({ invoice: 18 });
    expect((await index.answer(reader, 'RE', 5, 'invoice')).hits).toHaveLength(18);
    expect((await index.answer(reader, 'rechnung', 5)).totals).toEqual({ invoice: 18 });
    expect((await index.answer(reader, 'invoices', 5)).totals).toEqual({ invoice: 18 });
  });

  it('searches 10,000 invoices and 2,000 domains', async () => {
    const big = {
      invoices: Array.from({ length: 10_000 }, (_, i) => invoice(i + 1)),
      domains: Array.from({ length: 2_000 }, (_, i) => domain(`kunde-${i}.de`)),
    };
    const { reader } = fakeReader(big);
    const index = new SearchIndex(SEARCH_SOURCES);
    const hits = await index.search(reader, 'RE-2025-009876', 5);
    expect(hits[0]).toMatchObject({ id: 'inv-9876', rank: 0 });
    expect(await index.search(reader, 'kunde-1999.de', 5)).toMatchObject([
      { kind: 'domain', id: 'kunde-1999.de', rank: 0 },
    ]);
  });
});

describe('a rebuild after a change', () => {
  it('prepares only the items that are new or changed, and finds them by their new text', async () => {
    const sources = SEARCH_SOURCES.map((source) => ({
      ...source,
      entry: vi.fn((item: unknown) => source.entry(item)),
    }));
    const prepared = () =>
      sources.flatMap((source) => source.entry.mock.calls.map(([item]) => source.id(item)));
    const fake = fakeReader({
      invoices: [invoice(1), invoice(2), invoice(3)],
      contacts: [contact],
    });
    const index = new SearchIndex(sources);
    expect(await index.search(fake.reader, 'offen', 5)).toEqual([]);
    expect(prepared()).toEqual(['inv-1', 'inv-2', 'inv-3', '7']);

    for (const source of sources) source.entry.mockClear();
    fake.lists.invoices = [
      invoice(1),
      invoice(2, { status: 'open', openCents: 11_900 }),
      invoice(4),
    ];
    index.invalidate(['invoices']);
    expect(await index.search(fake.reader, 'offen', 5)).toMatchObject([{ id: 'inv-2' }]);
    // the unchanged invoice 1 and the unread contacts are kept; invoice 3 is gone
    expect(prepared()).toEqual(['inv-2', 'inv-4']);
    expect(await index.search(fake.reader, 'RE-2025-000003', 5)).toEqual([]);
    expect(await index.search(fake.reader, 'RE-2025-000001', 5)).toMatchObject([{ id: 'inv-1' }]);

    // signed out: nothing prepared is kept for the next account
    for (const source of sources) source.entry.mockClear();
    index.clear();
    await index.search(fake.reader, 'RE', 5);
    expect(prepared()).toEqual(['inv-1', 'inv-2', 'inv-4', '7']);
  });
});

describe('SearchIndex before the first sync', () => {
  it('does not keep "nothing cached yet" as the answer', async () => {
    const fake = fakeReader({});
    const index = new SearchIndex(SEARCH_SOURCES);
    expect(await index.search(fake.reader, 'RE-2025-000001', 5)).toEqual([]);
    fake.lists.invoices = [invoice(1)];
    expect(await index.search(fake.reader, 'RE-2025-000001', 5)).toMatchObject([{ id: 'inv-1' }]);
  });
});

describe('the index built in the background', () => {
  it('reads each list once when warmed, and a search after it reads nothing again', async () => {
    const { reader, reads } = fakeReader({ invoices: [invoice(1), invoice(2)] });
    const index = new SearchIndex(SEARCH_SOURCES);
    await index.warm(reader);
    const warmed = reads.length;
    expect(reads).toContain('invoices');
    const hits = await index.search(reader, 'RE-2025-000002', 5);
    expect(hits.map((h) => h.id)).toContain('inv-2');
    // the lists not cached yet are asked again; the built ones are not
    expect(reads.slice(warmed)).not.toContain('invoices');
  });
});
