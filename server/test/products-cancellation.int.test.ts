/**
 * Cancelling a contract against the real server: options from the shared date rule, the
 * checks, a second cancellation refused, the confirmation mail, the receipt PDF's text,
 * extraordinary requests, and revoking until (not after) the end date.
 */
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isRegularEndDate, termEnds } from '../../src/shared/products/cancellation-date';
import { berlinDate, germanDate } from '../src/billing/dates';
import { changesCursor, changesSince, signIn, signInMfa, type Caller } from './billing-helpers';
import {
  DEMO_EMAIL,
  expectProblem,
  startTestServer,
  tempDir,
  TestClock,
  type Schemas,
  type TestServer,
} from './helpers';

type Options = Schemas['CancellationOptions'];
type Cancellation = Schemas['Cancellation'];
type Contract = Schemas['Contract'];
type Mail = Schemas['SandboxMail'];

let s: TestServer;
let demo: Caller;
/** seeded on a fixed day, so the expected dates are written out, not computed */
const SEED_DAY = Date.parse('2026-12-03T09:00:00Z');

beforeAll(async () => {
  const clock = new TestClock();
  clock.t = SEED_DAY;
  s = await startTestServer({ clock });
  demo = await signIn(s);
});
afterAll(() => s.stop());

const today = () => berlinDate(s.clock.now());
const options = (id: string, c: Caller = demo) =>
  c.call<Options>('GET', `/v1/contracts/${id}/cancellation-options`);
const cancel = (
  id: string,
  body: unknown,
  c: Caller = demo,
  headers: Record<string, string> = {},
) => c.call<Cancellation>('POST', `/v1/contracts/${id}/cancellation`, body, headers);
const revoke = (id: string, c: Caller = demo) =>
  c.call('DELETE', `/v1/contracts/${id}/cancellation`);
const contract = async (id: string, c: Caller = demo) =>
  (await c.call<Contract>('GET', `/v1/contracts/${id}`)).body;
const mails = async (to: string) =>
  (await s.call<Mail[]>('GET', `/v1/sandbox/outbox?to=${encodeURIComponent(to)}`)).body;

const run = promisify(execFile);
async function pdfText(pdf: Buffer): Promise<string> {
  const dir = tempDir('kc-receipt-');
  try {
    const file = path.join(dir, 'receipt.pdf');
    writeFileSync(file, pdf);
    return (await run('pdftotext', ['-layout', file, '-'])).stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function ordinary(endDate: string, extra: Record<string, unknown> = {}) {
  return {
    kind: 'ordinary',
    endDate,
    requestedBy: 'Erika Mustermann',
    confirmationEmail: 'kuendigung@muster-webdesign.example',
    closingCompany: false,
    ...extra,
  };
}

describe('cancellation options', () => {
  it('offer the earliest end date by the shared rule and prefill the signed-in person', async () => {
    const res = await options('V-100234-01');
    expect(res.status).toBe(200);
    // since 2025-01-01, 12 months, renewing by 12, 3 months' notice: on 2026-12-03 the term
    // ending 2026-12-31 is too close (its notice ran out on 2026-09-30), the next one is not
    expect(res.body).toMatchObject({
      contractId: 'V-100234-01',
      cancellable: true,
      earliestEndDate: '2027-12-31',
      noticeDeadline: '2027-09-30',
      requestedBy: 'Erika Mustermann',
      confirmationEmail: DEMO_EMAIL,
      terms: {
        startDate: '2025-01-01',
        minimumTermMonths: 12,
        renewalPeriodMonths: 12,
        noticePeriod: { unit: 'months', amount: 3 },
      },
      cancellation: null,
    });
    expect(isRegularEndDate(res.body.terms, res.body.earliestEndDate)).toBe(true);

    const cancelled = await options('V-100234-06');
    expect(cancelled.body.cancellable).toBe(false);
    expect(cancelled.body.cancellation).toMatchObject({ status: 'confirmed' });
    expect((await options('V-100234-07')).body.cancellable).toBe(false);
  });
});

describe('cancelling', () => {
  it('checks every field at once', async () => {
    const { earliestEndDate: earliest, terms } = (await options('V-100234-01')).body;
    const tooEarly = expectProblem(
      await cancel('V-100234-01', ordinary(addDays(earliest, -1), { requestedBy: ' ' })),
      422,
      'validation_failed',
    );
    expect(tooEarly.errors).toEqual([
      { field: 'requestedBy', code: 'requested_by_required' },
      { field: 'endDate', code: 'end_date_too_early' },
    ]);
    // later than the earliest, but not a term end
    const notTermEnd = expectProblem(
      await cancel('V-100234-01', ordinary(addDays(earliest, 1), { confirmationEmail: 'x@' })),
      422,
      'validation_failed',
    );
    expect(notTermEnd.errors).toEqual([
      { field: 'confirmationEmail', code: 'email_invalid' },
      { field: 'endDate', code: 'end_date_too_early' },
    ]);
    const extraordinary = expectProblem(
      await cancel('V-100234-01', {
        ...ordinary(today()),
        kind: 'extraordinary',
        reason: '  ',
        closingCompany: true,
      }),
      422,
      'validation_failed',
    );
    expect(extraordinary.errors).toEqual([
      { field: 'endDate', code: 'end_date_too_early' },
      { field: 'reason', code: 'reason_required' },
      { field: 'closingCompany', code: 'closing_company_ordinary' },
    ]);
    expectProblem(
      await cancel('V-100234-01', { ...ordinary(earliest), kind: 'later' }),
      400,
      'validation_failed',
    );
    // nothing happened
    expect((await contract('V-100234-01')).status).toBe('active');
    expect(termEnds(terms, { from: earliest, count: 1 })).toEqual([earliest]);
  });

  it('confirms an ordinary cancellation, mails it, and refuses a second one', async () => {
    const { earliestEndDate: earliest, terms } = (await options('V-100234-01')).body;
    const later = termEnds(terms, { from: earliest, count: 2 })[1] ?? '';
    const cursor = await changesCursor(demo);
    const res = await cancel('V-100234-01', ordinary(later, { closingCompany: true }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      contractId: 'V-100234-01',
      kind: 'ordinary',
      status: 'confirmed',
      endDate: later,
      reason: null,
      closingCompany: true,
      requestedBy: 'Erika Mustermann',
      confirmationEmail: 'kuendigung@muster-webdesign.example',
      revokedAt: null,
    });
    expect(Date.parse(res.body.createdAt)).toBe(s.clock.now());

    const after = await contract('V-100234-01');
    expect(after).toMatchObject({ status: 'cancelled', endDate: later, nextRenewal: null });
    expect(after.cancellation).toEqual(res.body);
    expect(await changesSince(demo, cursor)).toEqual([
      { resource: 'contracts', id: 'V-100234-01' },
    ]);

    const [mail] = await mails('kuendigung@muster-webdesign.example');
    expect(mail?.subject).toBe(
      'Kündigungsbestätigung für Ihren Vertrag V-100234-01 (Webhosting Business)',
    );
    expect(mail?.text).toContain('Guten Tag Erika Mustermann,');
    expect(mail?.text).toContain(`Vertragsende: ${germanDate(later)}`);
    expect(mail?.text).toContain('Kundennummer: K-100234');
    expect(mail?.text).toContain('kein\nSonderkündigungsrecht');

    expectProblem(await cancel('V-100234-01', ordinary(later)), 409, 'already_cancelled');
    expectProblem(await cancel('V-100234-06', ordinary(later)), 409, 'already_cancelled');
    expectProblem(await cancel('V-100234-07', ordinary(later)), 409, 'contract_ended');
    expect(await mails('kuendigung@muster-webdesign.example')).toHaveLength(1);
    expect((await options('V-100234-01')).body).toMatchObject({
      cancellable: false,
      cancellation: { id: res.body.id },
    });
  });

  it('gives the receipt as a PDF with the customer number, contract and end date', async () => {
    const cancellation = (await contract('V-100234-01')).cancellation;
    const res = await demo.fetch('/v1/contracts/V-100234-01/cancellation/receipt');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="Kuendigung-V-100234-01.pdf"',
    );
    const pdf = Buffer.from(await res.arrayBuffer());
    const text = await pdfText(pdf);
    expect(text).toContain('Kündigungsbestätigung');
    expect(text).toMatch(/Kundennummer:? +K-100234/);
    expect(text).toMatch(/Vertrag +V-100234-01/);
    expect(text).toMatch(/Produkt +Webhosting Business/);
    expect(text).toMatch(/Art der Kündigung +ordentliche Kündigung/);
    expect(text).toMatch(new RegExp(`Vertragsende +${germanDate(cancellation?.endDate ?? '')}`));
    expect(text).toMatch(/Gekündigt von +Erika Mustermann/);
    expect(text).toMatch(
      new RegExp(`Gesendet am +${germanDate(berlinDate(s.clock.now()))}, \\d{2}:\\d{2} Uhr`),
    );
    expect(text).toContain('kein Sonderkündigungsrecht');

    // the same cancellation, the same bytes; the ETag answers 304
    const again = await demo.fetch('/v1/contracts/V-100234-01/cancellation/receipt');
    expect(Buffer.from(await again.arrayBuffer()).equals(pdf)).toBe(true);
    const etag = res.headers.get('etag') ?? '';
    const cached = await demo.fetch('/v1/contracts/V-100234-01/cancellation/receipt', {
      'if-none-match': etag,
    });
    expect(cached.status).toBe(304);
    // never cancelled: no receipt
    expectProblem(
      await demo.call('GET', '/v1/contracts/V-100234-02/cancellation/receipt'),
      404,
      'not_found',
    );
  });

  it('revokes until it takes effect; the contract runs on', async () => {
    const cursor = await changesCursor(demo);
    expect((await revoke('V-100234-01')).status).toBe(204);
    const after = await contract('V-100234-01');
    expect(after).toMatchObject({ status: 'active', endDate: null });
    expect(after.nextRenewal).not.toBeNull();
    expect(after.cancellation).toMatchObject({ status: 'revoked' });
    expect(after.cancellation?.revokedAt).not.toBeNull();
    expect(await changesSince(demo, cursor)).toEqual([
      { resource: 'contracts', id: 'V-100234-01' },
    ]);
    const [mail] = await mails('kuendigung@muster-webdesign.example');
    expect(mail?.subject).toBe('Widerruf Ihrer Kündigung – Vertrag V-100234-01');

    expectProblem(await revoke('V-100234-01'), 409, 'cancellation_not_revocable');
    expectProblem(await revoke('V-100234-07'), 409, 'cancellation_not_revocable');
    expect((await options('V-100234-01')).body).toMatchObject({
      cancellable: true,
      cancellation: null,
    });
  });

  it('records an extraordinary cancellation as a request; the contract stays active', async () => {
    const endDate = addDays(today(), 14);
    const res = await cancel('V-100234-03', {
      kind: 'extraordinary',
      reason: 'Der Server ist seit Wochen nicht erreichbar.',
      endDate,
      requestedBy: 'Erika Mustermann',
      confirmationEmail: DEMO_EMAIL,
      closingCompany: false,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'extraordinary',
      status: 'requested',
      endDate,
      reason: 'Der Server ist seit Wochen nicht erreichbar.',
    });
    expect(await contract('V-100234-03')).toMatchObject({ status: 'active', endDate: null });
    expect((await options('V-100234-03')).body.cancellable).toBe(false);
    const [mail] = await mails(DEMO_EMAIL);
    expect(mail?.subject).toBe('Ihr Antrag auf außerordentliche Kündigung – Vertrag V-100234-03');
    expect(mail?.text).toContain('Unser Team prüft Ihren Antrag');
    expectProblem(await cancel('V-100234-03', ordinary(endDate)), 409, 'already_cancelled');
    expect((await revoke('V-100234-03')).status).toBe(204);
  });

  it('answers a resent cancellation (same Idempotency-Key) with the first answer', async () => {
    const { earliestEndDate: earliest } = (await options('V-100234-04')).body;
    const key = { 'idempotency-key': 'kd-ssl-1' };
    const first = await cancel('V-100234-04', ordinary(earliest), demo, key);
    const second = await cancel('V-100234-04', ordinary(earliest), demo, key);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(
      (await mails('kuendigung@muster-webdesign.example')).filter((m) =>
        m.subject.includes('V-100234-04'),
      ),
    ).toHaveLength(1);
    expect((await revoke('V-100234-04')).status).toBe(204);
  });

  it('is not another customer’s to make', async () => {
    const mfa = await signInMfa(s);
    const { earliestEndDate: earliest } = (await options('V-100234-02')).body;
    expectProblem(await cancel('V-100234-02', ordinary(earliest), mfa), 404, 'not_found');
    expect((await contract('V-100234-02')).status).toBe('active');
  });

  it('cannot be revoked once the end date has come; then the contract has ended', async () => {
    const first = (await options('V-100234-02')).body.earliestEndDate;
    expect((await cancel('V-100234-02', ordinary(first))).status).toBe(201);

    // the day before the end date it can still be revoked
    s.clock.t = Date.parse(`${addDays(first, -1)}T10:00:00Z`);
    let caller = await signIn(s);
    expect((await revoke('V-100234-02', caller)).status).toBe(204);

    // cancelled again, now for the next term end; on that day it has taken effect
    const { earliestEndDate: endDate } = (await options('V-100234-02', caller)).body;
    expect(endDate > first).toBe(true);
    expect((await cancel('V-100234-02', ordinary(endDate), caller)).status).toBe(201);
    s.clock.t = Date.parse(`${endDate}T10:00:00Z`);
    caller = await signIn(s);
    expectProblem(await revoke('V-100234-02', caller), 409, 'cancellation_not_revocable');
    expect((await contract('V-100234-02', caller)).status).toBe('cancelled');

    s.clock.t = Date.parse(`${addDays(endDate, 1)}T10:00:00Z`);
    caller = await signIn(s);
    expectProblem(await revoke('V-100234-02', caller), 409, 'cancellation_not_revocable');
    expect(await contract('V-100234-02', caller)).toMatchObject({ status: 'ended', endDate });
    expectProblem(
      await cancel('V-100234-02', ordinary(addDays(endDate, 40)), caller),
      409,
      'contract_ended',
    );
  });
});
