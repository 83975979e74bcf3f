import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, signInMfa, type Caller } from './billing-helpers';
import { expectProblem, startTestServer, type Schemas, type TestServer } from './helpers';
import { NEW_TICKET, PNG_BASE64 } from './support-helpers';

let s: TestServer;
let demo: Caller;
let mfa: Caller;

beforeAll(async () => {
  s = await startTestServer();
  demo = await signIn(s);
  mfa = await signInMfa(s);
});
afterAll(() => s.stop());

const upload = (
  c: Caller,
  fileName: string,
  bytes: Buffer,
  mimeType = 'application/octet-stream',
) =>
  c.call<Schemas['Attachment']>('POST', '/v1/attachments', {
    fileName,
    mimeType,
    base64: bytes.toString('base64'),
  });

const PNG = Buffer.from(PNG_BASE64, 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('attachments', () => {
  it('are stored, attached to a new ticket and downloaded as they were', async () => {
    const up = await upload(demo, 'Fehler Übersicht.png', PNG, 'image/png');
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({
      fileName: 'Fehler Übersicht.png',
      mimeType: 'image/png',
      size: PNG.length,
    });
    const log = await upload(demo, 'C:\\Logs\\error.log', Buffer.from('Fehler 500 um 10:14\n'));
    expect(log.body).toMatchObject({ fileName: 'error.log', mimeType: 'text/plain' });

    const ticket = await demo.call<Schemas['TicketDetail']>('POST', '/v1/tickets', {
      ...NEW_TICKET,
      attachmentIds: [up.body.id, log.body.id],
    });
    expect(ticket.status).toBe(201);
    expect(ticket.body.messages[0]?.attachments.map((a) => a.id)).toEqual([
      up.body.id,
      log.body.id,
    ]);

    const file = await demo.fetch(`/v1/attachments/${up.body.id}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="Fehler Uebersicht.png"; filename*=UTF-8''Fehler%20%C3%9Cbersicht.png`,
    );
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PNG);
  });

  it('an attachment belongs to one message', async () => {
    const up = await upload(demo, 'rechnung.pdf', PDF);
    expect(up.body.mimeType).toBe('application/pdf');
    const ok = await demo.call('POST', '/v1/tickets/tkt_demo_100234_4/messages', {
      body: 'Anbei die Rechnung.',
      attachmentIds: [up.body.id],
    });
    expect(ok.status).toBe(201);
    const twice = await demo.call('POST', '/v1/tickets/tkt_demo_100234_4/messages', {
      body: 'Noch einmal.',
      attachmentIds: [up.body.id],
    });
    expect(expectProblem(twice, 422, 'validation_failed').errors).toEqual([
      { field: 'attachmentIds.0', code: 'attachment_unknown' },
    ]);
  });

  it("another customer's attachment is neither readable nor attachable", async () => {
    expectProblem(await mfa.call('GET', '/v1/attachments/att_demo_100234_1'), 404, 'not_found');
    const mine = await upload(demo, 'screenshot.png', PNG);
    const use = await mfa.call('POST', '/v1/tickets/tkt_demo_100235_1/messages', {
      body: 'Fremder Anhang',
      attachmentIds: [mine.body.id],
    });
    expect(expectProblem(use, 422, 'validation_failed').errors).toEqual([
      { field: 'attachmentIds.0', code: 'attachment_unknown' },
    ]);
    expectProblem(await mfa.call('GET', `/v1/attachments/${mine.body.id}`), 404, 'not_found');
  });

  it('refuses a file over 10 MB (413 attachment_too_large)', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x41);
    expectProblem(await upload(demo, 'gross.txt', big), 413, 'attachment_too_large');
  });

  it('refuses types outside the allowlist and content that does not fit its name (415)', async () => {
    const exe = Buffer.from('MZ\x90\x00\x03', 'binary');
    expectProblem(await upload(demo, 'setup.exe', exe), 415, 'attachment_type');
    expectProblem(await upload(demo, 'bild.png', exe), 415, 'attachment_type');
    expectProblem(await upload(demo, 'bild.png', PDF, 'image/png'), 415, 'attachment_type');
    expectProblem(
      await upload(demo, 'notiz.txt', Buffer.from([0x61, 0x00, 0x62])),
      415,
      'attachment_type',
    );
    expectProblem(await upload(demo, 'ohne-endung', PNG), 415, 'attachment_type');
  });

  it('refuses invalid base64 (400)', async () => {
    const res = await demo.call('POST', '/v1/attachments', {
      fileName: 'a.txt',
      mimeType: 'text/plain',
      base64: 'not base64!',
    });
    expect(expectProblem(res, 400, 'validation_failed').errors).toEqual([
      { field: 'base64', code: 'format' },
    ]);
  });
});
