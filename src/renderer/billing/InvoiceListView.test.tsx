// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { fail, ok, removeFakeKc, type FakeKc } from '../test-support/fake-kc';
import {
  billingHandlers,
  cached,
  INVOICE,
  INVOICES,
  summary,
} from '../test-support/billing-fixtures';
import { stubListLayout } from '../test-support/layout';
import { installApp, renderWithI18n, resetAll } from '../test-support/render';
import { expectPageTitle, facts, findAnnounced } from '../test-support/announced';

// pdf.js needs a real canvas; here only the wiring around it is under test
const renderPage = vi.fn(() => Promise.resolve());
vi.mock('./pdf-render', () => ({
  bytesOfBase64: (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)),
  openPdf: vi.fn(() =>
    Promise.resolve({ pageCount: 2, renderPage, destroy: () => Promise.resolve() }),
  ),
}));

let kc: FakeKc;
let unstubLayout: () => void;
beforeAll(() => {
  unstubLayout = stubListLayout();
});
afterAll(() => unstubLayout());
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u202f\u00a0]/g, ' ');

beforeEach(() => {
  resetAll();
  renderPage.mockClear();
  kc = installApp({
    'session:get': () => ok({ status: 'signedIn', email: 'demo@kundencenter.example' }),
    ...billingHandlers(),
  });
});

afterEach(() => {
  cleanup();
  removeFakeKc();
});

async function openList(language: 'de' | 'en' = 'de') {
  window.location.hash = '#/billing/invoices';
  renderWithI18n(<App />, language);
  await screen.findAllByTestId('invoice-row');
  return userEvent.setup();
}

const rowNumbers = () =>
  screen.getAllByTestId('invoice-row').map((row) => within(row).getByRole('link').textContent);

describe('invoice list', () => {
  it('shows every invoice newest first with number, dates, gross amount and status in words', async () => {
    await openList();
    await expectPageTitle('Abrechnung');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Rechnungen',
    ]);
    expect(screen.getByTestId('invoice-count').textContent).toBe('6 Rechnungen');
    const table = screen.getByRole('table', { name: 'Rechnungen, neueste zuerst' });
    expect(table.getAttribute('aria-rowcount')).toBe('7');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Rechnungsnummer', 'Rechnungsdatum', 'Fällig am', 'Betrag (brutto)', 'Status']);
    const first = screen.getAllByTestId('invoice-row')[0]!;
    expect(first.getAttribute('aria-rowindex')).toBe('2');
    expect(
      within(first)
        .getAllByRole('cell')
        .map((c) => plain(c.textContent)),
    ).toEqual(['RE-2026-000123', '01.11.2026', '15.11.2026', '119,00 €', 'Offen']);
    expect(rowNumbers()).toEqual(INVOICES.map((i) => i.number));
  });

  it('sorts by a column on request, both ways, and asks main to remember it', async () => {
    kc.handlers['views:setSort'] = () => ok(undefined);
    const user = await openList();
    // equal amounts keep the list's order (newest first) either way
    const byAmount = (sign: number) =>
      [...INVOICES].sort((a, b) => sign * (a.grossCents - b.grossCents)).map((i) => i.number);
    const header = screen.getByRole('columnheader', { name: /Betrag/ });
    expect(header.getAttribute('aria-sort')).toBeNull();
    await user.click(within(header).getByRole('button', { name: 'Betrag (brutto)' }));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(rowNumbers()).toEqual(byAmount(1));
    // no longer "neueste zuerst"
    expect(screen.getByRole('table').getAttribute('aria-label')).toBe('Rechnungen');
    await user.click(within(header).getByRole('button', { name: 'Betrag (brutto)' }));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(rowNumbers()).toEqual(byAmount(-1));
    expect(kc.callsTo('views:setSort')).toEqual([
      { list: 'invoices', sort: { key: 'amount', dir: 'asc' } },
      { list: 'invoices', sort: { key: 'amount', dir: 'desc' } },
    ]);
  });

  it('opens sorted as it was left', async () => {
    kc.handlers['views:state'] = () =>
      ok({ sorts: { invoices: { key: 'number', dir: 'asc' } }, vaultNoticeDismissed: false });
    await openList();
    expect(rowNumbers()).toEqual(INVOICES.map((i) => i.number).sort());
    expect(
      screen.getByRole('columnheader', { name: /Rechnungsnummer/ }).getAttribute('aria-sort'),
    ).toBe('ascending');
  });

  it('searches numbers and amounts as typed', async () => {
    const user = await openList();
    const search = screen.getByLabelText('Suche nach Rechnungsnummer oder Betrag');
    await user.type(search, '1.234,56');
    expect(rowNumbers()).toEqual(['RE-2026-000121']);
    expect(screen.getByTestId('invoice-count').textContent).toBe('1 von 6 Rechnungen passt');
    expect(screen.getByTestId('invoice-count').getAttribute('data-count')).toBe('1');
    await user.clear(search);
    await user.type(search, '119');
    expect(rowNumbers()).toEqual(['RE-2026-000123', 'RE-2026-000122', 'RE-2025-000045']);
    await user.clear(search);
    await user.type(search, '000044');
    expect(rowNumbers()).toEqual(['RE-2025-000044']);
  });

  it('filters by status and year, and resets the filters', async () => {
    const user = await openList();
    await user.selectOptions(screen.getByLabelText('Status'), 'Überfällig');
    expect(rowNumbers()).toEqual(['RE-2026-000122']);
    await user.selectOptions(screen.getByLabelText('Status'), 'Alle');
    const year = screen.getByLabelText('Jahr');
    expect(
      within(year)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Alle Jahre', '2026', '2025']);
    await user.selectOptions(year, '2025');
    expect(rowNumbers()).toEqual(['RE-2025-000045', 'RE-2025-000044']);
    await user.selectOptions(screen.getByLabelText('Status'), 'Storniert');
    expect(screen.queryAllByTestId('invoice-row')).toHaveLength(0);
    // the count says it (a live region), the notice where the table was
    expect((await findAnnounced('0 von 6 Rechnungen passen')).textContent).toBe(
      '0 von 6 Rechnungen passen',
    );
    expect(
      screen.getByText('Keine Rechnung passt zu Suche und Filtern.').closest('table'),
    ).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    expect(screen.getAllByTestId('invoice-row')).toHaveLength(6);
  });

  it('renders only the rows in view of a long list, and still knows its size', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      summary(i + 1, `20${16 + (i % 10)}-0${1 + (i % 9)}-01`, 1000 + i),
    );
    kc.handlers['invoices:list'] = () => ok(cached(many));
    await openList();
    expect(screen.getByTestId('invoice-count').textContent).toBe('10.000 Rechnungen');
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('10001');
    expect(screen.getAllByTestId('invoice-row').length).toBeLessThan(50);
  });

  it('follows sync: a changed list is shown at once', async () => {
    await openList();
    kc.handlers['invoices:list'] = () =>
      ok(cached([summary(124, '2026-12-01', 11900, 'open'), ...INVOICES]));
    act(() => kc.emit('data:changed', { resource: 'invoices' }));
    await screen.findByText('RE-2026-000124');
    expect(screen.getAllByTestId('invoice-row')[0]!.textContent).toContain('RE-2026-000124');
    expect(screen.getByTestId('invoice-count').textContent).toBe('7 Rechnungen');
  });

  it('says when nothing is cached offline', async () => {
    kc.handlers['invoices:list'] = () => ok(null);
    kc.handlers['sync:status'] = () => ok({ online: false, syncing: false, lastSyncedAt: null });
    window.location.hash = '#/billing/invoices';
    renderWithI18n(<App />);
    await findAnnounced(/Sie sind offline, und diese Daten sind auf diesem Gerät/);
  });

  it('speaks English', async () => {
    await openList('en');
    expect(screen.getByTestId('invoice-count').textContent).toBe('6 invoices');
    const first = screen.getAllByTestId('invoice-row')[0]!;
    expect(
      within(first)
        .getAllByRole('cell')
        .map((c) => plain(c.textContent)),
    ).toEqual(['RE-2026-000123', '01/11/2026', '15/11/2026', '€119.00', 'Open']);
  });
});

describe('invoice detail', () => {
  it('opens from the list with its lines, taxes and the PDF', async () => {
    const user = await openList();
    await user.click(screen.getByRole('link', { name: 'RE-2026-000123' }));
    const title = await screen.findByRole('heading', { level: 2, name: 'Rechnung RE-2026-000123' });
    expect(document.activeElement).toBe(title);
    expect(kc.callsTo('invoices:get')).toEqual([{ id: 'inv-123' }]);

    const lines = screen.getByTestId('invoice-lines');
    expect(
      within(lines)
        .getAllByRole('columnheader')
        .map((h) => plain(h.textContent)),
    ).toEqual(['Leistung', 'Zeitraum', 'Netto', 'USt 19 %', 'Brutto']);
    const [, webhosting, domain] = within(lines).getAllByRole('row');
    expect(
      within(webhosting!)
        .getAllByRole('cell')
        .map((c) => plain(c.textContent)),
    ).toEqual(['Webhosting Business', '01.–30.11.2026', '80,00 €', '15,20 €', '95,20 €']);
    expect(within(domain!).getAllByRole('cell')[0]!.textContent).toBe('2 × Domain example.de');
    expect(plain(screen.getByTestId('invoice-total').textContent)).toBe('119,00 €');
    expect(facts(screen.getByRole('main'))).toMatchObject({ Kundennummer: 'K-100234' });

    const canvas = await screen.findByTestId('pdf-canvas');
    expect(canvas.tagName).toBe('CANVAS');
    expect(canvas.getAttribute('aria-label')).toBe('Seite 1 von 2 der Rechnung RE-2026-000123');
    expect(renderPage).toHaveBeenCalledTimes(2);
  });

  it('saves the PDF through main', async () => {
    window.location.hash = `#/billing/invoices/${INVOICE.id}`;
    renderWithI18n(<App />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Speichern unter …' }));
    expect(kc.callsTo('invoices:savePdf')).toEqual([{ id: 'inv-123' }]);
    await findAnnounced('Gespeichert.');
  });

  it('explains a PDF that is not on this device while offline, and loads it when back', async () => {
    kc.handlers['sync:status'] = () =>
      ok({ online: false, syncing: false, lastSyncedAt: '2026-11-25T13:03:00Z' });
    kc.handlers['invoices:pdf'] = () => ok(null);
    window.location.hash = `#/billing/invoices/${INVOICE.id}`;
    renderWithI18n(<App />);
    expect((await screen.findByTestId('pdf-missing')).textContent).toMatch(
      /auf diesem Gerät noch nicht gespeichert und kann offline nicht geladen werden/,
    );
    expect(screen.queryByTestId('pdf-canvas')).toBeNull();
    // the invoice itself came from the cache
    expect(within(screen.getByTestId('invoice-lines')).getAllByRole('row').length).toBeGreaterThan(
      1,
    );

    kc.handlers['invoices:pdf'] = billingHandlers()['invoices:pdf'];
    act(() =>
      kc.emit('sync:changed', {
        online: true,
        syncing: false,
        lastSyncedAt: '2026-11-25T13:05:00Z',
      }),
    );
    expect((await screen.findByTestId('pdf-canvas')).getAttribute('aria-label')).toBe(
      'Seite 1 von 2 der Rechnung RE-2026-000123',
    );
    expect(screen.queryByTestId('pdf-missing')).toBeNull();
  });

  it('shows what main says when the invoice cannot be read', async () => {
    kc.handlers['invoices:get'] = () => fail('errors.not_found');
    window.location.hash = '#/billing/invoices/nope';
    renderWithI18n(<App />);
    await findAnnounced('Das gesuchte Dokument gibt es nicht (mehr).');
    // the frame stays, with nothing of an invoice in it
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Rechnung',
    ]);
    expect(screen.queryByTestId('invoice-lines')).toBeNull();
  });
});
