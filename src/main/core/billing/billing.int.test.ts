// "Abrechnung" in the core against the real sandbox server, with the vault on the real Secret
// Service. A counting proxy sits between them (see testing/counting-proxy.ts): it forwards
// every request untouched and writes it down, so the tests can say what a sync pass cost on
// the wire. Stopping the server behind it is the app's "offline".
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type {
  BillingEmails,
  BillingOverview,
  BillingStatement,
  Invoice,
  InvoiceSummary,
  PaymentMethods,
  SepaMandate,
  SepaMandates,
} from '../../../shared/billing';
import type { Account, Cached, SyncStatus } from '../../../shared/domain';
import { listCacheFiles } from '../store/encrypted-cache';
import { billingSandbox, DEMO, inWindow, THIS_YEAR } from './testing-billing-sandbox';
import { until } from '../testing/core-calls';
import { readPaths } from '../testing/counting-proxy';

const env = billingSandbox();
const { handle, call, dataEvents, pdfRequests, settled } = env;

let invoices: InvoiceSummary[];

describe('billing against the sandbox', () => {
  it('syncs all of billing after sign-in: list in pages, documents, overview', async () => {
    await call('session:login', DEMO);
    const list = await until('invoices:list', () =>
      call<Cached<InvoiceSummary[]> | null>('invoices:list'),
    );
    invoices = list.data;
    expect(invoices.length).toBeGreaterThanOrEqual(24);
    const dates = invoices.map((i) => i.issueDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(
      env.proxy.seen.some((r) => r.path === '/v1/invoices' && r.query.includes('limit=500')),
    ).toBe(true);

    const statement = await until('billing:statement', () =>
      call<Cached<BillingStatement> | null>('billing:statement'),
    );
    expect(statement.data.bookings.some((b) => b.kind === 'return_debit_fee')).toBe(true);
    const methods = await until('payment:methods', () =>
      call<Cached<PaymentMethods> | null>('payment:methods'),
    );
    expect(methods.data.current).toBe('bank_transfer');
    const mandates = await until('sepa:mandates', () =>
      call<Cached<SepaMandates> | null>('sepa:mandates'),
    );
    expect(mandates.data.creditorId).toMatch(/^DE\d\dZZZ0\d{10}$/);
    const emails = await until('billing:emails', () =>
      call<Cached<BillingEmails> | null>('billing:emails'),
    );
    expect(emails.data.email).toContain('@');

    const overview = await until('billing:overview', () =>
      call<Cached<BillingOverview> | null>('billing:overview'),
    );
    const open = invoices.filter((i) => i.status === 'open' || i.status === 'overdue');
    expect(overview.data.openCents).toBe(open.reduce((sum, i) => sum + i.openCents, 0));
    expect(overview.data.overdueCents).toBeGreaterThan(0);
    const dueOf = (status: string) =>
      open
        .filter((i) => i.status === status)
        .map((i) => i.dueDate)
        .sort()[0] ?? null;
    expect(overview.data.nextDueDate).toBe(dueOf('open'));
    expect(overview.data.overdueSinceDate).toBe(dueOf('overdue'));
    expect(overview.data.paymentMethod).toBe('bank_transfer');
    expect(overview.data.mandate).toBeNull();
    expect(dataEvents('invoices')).toBeGreaterThan(0);
    expect(dataEvents('billing-overview')).toBeGreaterThan(0);
  });

  it('opens an invoice outside the offline window: fetched once while online, then cached', async () => {
    // the window is one year here: the oldest invoice is neither prefetched nor cached
    const oldest = invoices[invoices.length - 1]!;
    expect(inWindow(invoices, 1)).not.toContain(oldest);
    const path = `/v1/invoices/${oldest.id}`;
    env.proxy.reset();
    const detail = await call<Cached<Invoice>>('invoices:get', { id: oldest.id });
    expect(detail.data.number).toBe(oldest.number);
    expect(detail.data.lines.length).toBeGreaterThan(0);
    expect(detail.data.customerNumber).toMatch(/^K-\d+/);
    expect(env.proxy.seen.filter((r) => r.path === path)).toHaveLength(1);
    env.proxy.reset();
    expect((await call<Cached<Invoice>>('invoices:get', { id: oldest.id })).data).toEqual(
      detail.data,
    );
    expect(env.proxy.seen.filter((r) => r.path === path)).toEqual([]);
    // another customer's invoice or a made-up id is simply not there
    expect(await call('invoices:get', { id: 'no-such-invoice' })).toBeNull();
  });

  it('prefetches the PDFs of the chosen years, and of more years when the setting grows', async () => {
    const oneYear = inWindow(invoices, 1);
    expect(oneYear.length).toBeGreaterThan(0);
    await until(
      'one year of PDFs fetched',
      () => pdfRequests().size >= oneYear.length && dataEvents('invoice-pdfs') > 0,
    );
    expect([...pdfRequests()].sort()).toEqual(oneYear.map((i) => i.id).sort());

    const threeYears = inWindow(invoices, 3);
    expect(threeYears.length).toBeGreaterThan(oneYear.length);
    const before = dataEvents('invoice-pdfs');
    await call('settings:set', { invoicePdfYears: 3 });
    await until(
      'three years of PDFs fetched',
      () => pdfRequests().size >= threeYears.length && dataEvents('invoice-pdfs') > before,
    );
    expect([...pdfRequests()].sort()).toEqual(threeYears.map((i) => i.id).sort());
    await settled();
  });

  it('answers a cached PDF at once, without the network', async () => {
    env.proxy.reset();
    const invoice = invoices[0]!;
    const pdf = await call<{ base64: string; fileName: string }>('invoices:pdf', {
      id: invoice.id,
    });
    expect(pdf.fileName).toBe(`Rechnung-${invoice.number}.pdf`);
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(env.proxy.seen).toEqual([]);
  });

  it('syncs an unchanged account with exactly one request', async () => {
    await settled();
    env.proxy.reset();
    const status = await call<SyncStatus>('sync:now');
    expect(status.online).toBe(true);
    expect(env.proxy.seen.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/changes']);
  });

  it('refetches only the invoice the change log names, patches the list, refreshes its PDF', async () => {
    const target = invoices.find((i) => i.status === 'open' || i.status === 'overdue')!;
    const paid = await fetch(new URL(`/v1/sandbox/invoices/${target.id}/payment`, env.server.url), {
      method: 'POST',
    });
    expect(paid.status).toBe(200);
    env.proxy.reset();
    const pdfEvents = dataEvents('invoice-pdfs');
    await call('sync:now');
    // read alone or in the pass's batch
    const paths = readPaths(env.proxy.seen);
    expect(paths).toContain(`/v1/invoices/${target.id}`);
    expect(paths).not.toContain('/v1/invoices');
    const list = await call<Cached<InvoiceSummary[]>>('invoices:list');
    const patched = list.data.find((i) => i.id === target.id)!;
    expect(patched).toMatchObject({ status: 'paid', openCents: 0 });
    expect(list.data.map((i) => i.id)).toEqual(invoices.map((i) => i.id));
    // the summary changed, so its PDF is asked for again (with its ETag)
    await until('the changed invoice’s PDF fetched', () => pdfRequests().has(target.id));
    // a new invoice arrives at the top of the list, and its PDF is kept offline
    const issued = await fetch(new URL('/v1/sandbox/invoices', env.server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: DEMO.email }),
    });
    expect(issued.status).toBe(201);
    const fresh = (await issued.json()) as Invoice;
    env.proxy.reset();
    await call('sync:now');
    expect(readPaths(env.proxy.seen)).not.toContain('/v1/invoices');
    const grown = await call<Cached<InvoiceSummary[]>>('invoices:list');
    expect(grown.data[0]!.id).toBe(fresh.id);
    expect(grown.data).toHaveLength(invoices.length + 1);
    await until(
      'the new invoice’s PDF fetched',
      () => pdfRequests().has(fresh.id) && dataEvents('invoice-pdfs') > pdfEvents,
    );
    await settled();
    invoices = grown.data;
  });

  it('creates a SEPA mandate after the password step, and revokes it', async () => {
    const wrong = await handle('sepa:create', {
      accountHolder: 'Muster Webdesign GmbH',
      iban: 'DE89 3704 0044 0532 0130 00',
      consent: true,
      password: 'falsch-falsch',
    });
    expect(wrong).toMatchObject({ ok: false, error: { messageKey: 'errors.wrong_password' } });

    const invalid = await handle('sepa:create', {
      accountHolder: 'Muster Webdesign GmbH',
      iban: 'DE00 3704 0044 0532 0130 00',
      consent: true,
      password: DEMO.password,
    });
    expect(invalid).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', fields: { iban: 'errors.field.iban_invalid' } },
    });

    const noMandate = await handle('payment:setDefault', { kind: 'sepa_direct_debit' });
    expect(noMandate).toMatchObject({
      ok: false,
      error: { code: 'mandate_required', messageKey: 'errors.mandate_required' },
    });

    const before = dataEvents('sepa-mandates');
    const mandate = await call<SepaMandate>('sepa:create', {
      accountHolder: 'Muster Webdesign GmbH',
      iban: 'DE89 3704 0044 0532 0130 00',
      bic: '',
      consent: true,
      password: DEMO.password,
    });
    expect(mandate).toMatchObject({ status: 'active', accountHolder: 'Muster Webdesign GmbH' });
    expect(mandate.ibanMasked).not.toContain('0532');
    // refreshed at once, not at the next poll
    expect(dataEvents('sepa-mandates')).toBeGreaterThan(before);
    const mandates = await call<Cached<SepaMandates>>('sepa:mandates');
    expect(mandates.data.mandates.find((m) => m.id === mandate.id)?.status).toBe('active');
    expect((await call<Cached<PaymentMethods>>('payment:methods')).data.current).toBe(
      'sepa_direct_debit',
    );
    const overview = await call<Cached<BillingOverview>>('billing:overview');
    expect(overview.data).toMatchObject({ paymentMethod: 'sepa_direct_debit' });
    expect(overview.data.mandate?.id).toBe(mandate.id);

    const again = await handle('sepa:create', {
      accountHolder: 'Muster Webdesign GmbH',
      iban: 'DE89 3704 0044 0532 0130 00',
      consent: true,
      password: DEMO.password,
    });
    expect(again).toMatchObject({ ok: false, error: { messageKey: 'errors.mandate_exists' } });

    await call('sepa:revoke', { id: mandate.id });
    const revoked = await call<Cached<SepaMandates>>('sepa:mandates');
    expect(revoked.data.mandates.find((m) => m.id === mandate.id)?.status).toBe('revoked');
    expect((await call<Cached<PaymentMethods>>('payment:methods')).data.current).toBe(
      'bank_transfer',
    );
    expect(await handle('sepa:revoke', { id: mandate.id })).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.mandate_revoked' },
    });

    const methods = await call<PaymentMethods>('payment:setDefault', { kind: 'paypal' });
    expect(methods.current).toBe('paypal');
    expect((await call<Cached<PaymentMethods>>('payment:methods')).data.current).toBe('paypal');
  });

  it('changes the billing e-mail and refuses unknown users per field', async () => {
    const current = await call<Cached<BillingEmails>>('billing:emails');
    const unknown = await handle('billing:setEmails', {
      email: 'buchhaltung@muster-webdesign.example',
      userIds: ['999999'],
    });
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', fields: { userIds: 'errors.field.user_unknown' } },
    });
    const userIds = current.data.users.map((u) => u.id);
    const saved = await call<BillingEmails>('billing:setEmails', {
      email: 'buchhaltung@muster-webdesign.example',
      userIds,
    });
    expect(saved.email).toBe('buchhaltung@muster-webdesign.example');
    const cached = await call<Cached<BillingEmails>>('billing:emails');
    expect(cached.data.email).toBe('buchhaltung@muster-webdesign.example');
    expect(cached.data.users.every((u) => u.receivesInvoices)).toBe(true);
  });

  it('keeps nothing readable on disk: no customer number, invoice number or e-mail', async () => {
    await call('sync:now');
    const account = await call<Cached<Account>>('account:get');
    const needles = [
      account.data.customerNumber,
      account.data.customerNumber.replace('-', ''),
      invoices[0]!.number,
      DEMO.email,
      'buchhaltung@muster-webdesign.example',
    ];
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else files.push(path);
      }
    };
    walk(env.appDir);
    // the cache holds the list, details, documents and every prefetched PDF
    expect(files.length).toBeGreaterThan(inWindow(invoices, 3).length);
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const needle of needles) {
        expect(bytes.includes(Buffer.from(needle)), `${needle} in ${file}`).toBe(false);
        expect(bytes.includes(Buffer.from(needle, 'utf16le')), `${needle} in ${file}`).toBe(false);
      }
    }
  });

  it('works offline with the server stopped: list, details, PDFs, export; writes refused', async () => {
    await env.server.close();
    const status = await call<SyncStatus>('sync:now');
    expect(status.online).toBe(false);

    const list = await call<Cached<InvoiceSummary[]>>('invoices:list');
    expect(list.data).toHaveLength(invoices.length);
    // every invoice of the window was prefetched with its detail: it opens with its lines
    for (const invoice of inWindow(invoices, 3)) {
      const detail = await call<Cached<Invoice> | null>('invoices:get', { id: invoice.id });
      expect(detail?.data.lines.length).toBeGreaterThan(0);
    }
    expect(await call('invoices:get', { id: 'no-such-invoice' })).toBeNull();
    for (const invoice of inWindow(invoices, 3)) {
      const pdf = await call<{ base64: string; fileName: string } | null>('invoices:pdf', {
        id: invoice.id,
      });
      expect(pdf?.fileName).toBe(`Rechnung-${invoice.number}.pdf`);
      expect(Buffer.from(pdf!.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect(await call('billing:overview')).not.toBeNull();

    expect(await call('invoices:savePdf', { id: invoices[0]!.id })).toEqual({ saved: true });
    expect(env.saves.at(-1)?.defaultName).toBe(`Rechnung-${invoices[0]!.number}.pdf`);
    expect(Buffer.from(env.saves.at(-1)!.data).subarray(0, 5).toString()).toBe('%PDF-');

    const ofYear = invoices.filter((i) => i.issueDate.startsWith(`${THIS_YEAR}-`));
    const exported = await call<{ saved: boolean; count: number; einvoices: number }>(
      'invoices:exportYear',
      {
        year: THIS_YEAR,
      },
    );
    // every PDF was prefetched; e-invoices as far as their own prefetch got before the stop
    expect(exported).toMatchObject({ saved: true, count: ofYear.length });
    expect(exported.einvoices).toBeLessThanOrEqual(ofYear.length);
    const zip = env.saves.at(-1)!;
    expect(zip.defaultName).toBe(`Rechnungen-${THIS_YEAR}.zip`);
    const files = unzipSync(zip.data);
    const names = Object.keys(files);
    expect(names.filter((n) => !n.endsWith('.xrechnung-cii.xml')).sort()).toEqual(
      [
        `Rechnungen-${THIS_YEAR}.csv`,
        `EXTF_Buchungsstapel_${THIS_YEAR}.csv`,
        ...ofYear.map((i) => `Rechnung-${i.number}.pdf`),
      ].sort(),
    );
    // the offline e-invoices (the default format) are in it beside their PDFs
    expect(names.filter((n) => n.endsWith('.xrechnung-cii.xml'))).toHaveLength(exported.einvoices);
    expect(exported.einvoices).toBeGreaterThan(0);
    const csv = Buffer.from(files[`Rechnungen-${THIS_YEAR}.csv`]!).toString('utf8');
    expect(csv.startsWith('\uFEFFRechnungsnummer;Rechnungsdatum;Fälligkeit;')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(ofYear.length + 1);
    for (const invoice of ofYear) expect(csv).toContain(`${invoice.number};`);

    for (const [channel, input] of [
      ['payment:setDefault', { kind: 'bank_transfer' }],
      ['sepa:revoke', { id: 'x' }],
      ['billing:setEmails', { email: 'a@b.example', userIds: [] }],
      [
        'sepa:create',
        { accountHolder: 'A', iban: 'DE89370400440532013000', consent: true, password: 'x' },
      ],
    ] as const) {
      expect(await handle(channel, input)).toMatchObject({
        ok: false,
        error: { code: 'offline', messageKey: 'errors.offline' },
      });
    }
  });

  it('comes back online and ends with sign-out: cache and prefetch gone', async () => {
    await env.restartServer();
    await until('online again', async () => (await call<SyncStatus>('sync:now')).online);
    // the e-invoice prefetch cut short by the stop finishes first; then a pass is one request
    await until('a pass of one request', async () => {
      env.proxy.reset();
      await call('sync:now');
      return env.proxy.seen.length === 1;
    });
    expect(env.proxy.seen.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/changes']);

    await call('session:logout');
    expect(await listCacheFiles(join(env.appDir, 'cache'))).toEqual([]);
    expect(await call('invoices:list')).toBeNull();
    expect(await call('invoices:pdf', { id: invoices[0]!.id })).toBeNull();
    expect(await handle('payment:setDefault', { kind: 'paypal' })).toMatchObject({
      ok: false,
      error: { code: 'session_expired' },
    });
  });
});
