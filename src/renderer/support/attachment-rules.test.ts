import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES } from '../../shared/support/types';
import { ACCEPT, attachmentType, refusalOf } from './attachment-rules';
import { formatFileSize } from './file-size';
import { parseSupportPath, ticketRoute } from './routes';

describe('attachment rules', () => {
  it('knows the allowed types by extension, whatever the case', () => {
    expect(attachmentType('Rechnung.PDF')).toBe('application/pdf');
    expect(attachmentType('foto.jpeg')).toBe('image/jpeg');
    expect(attachmentType('server.log')).toBe('text/plain');
    expect(attachmentType('backup.zip')).toBe('application/zip');
    expect(attachmentType('setup.exe')).toBeNull();
    expect(attachmentType('.png')).toBeNull();
    expect(attachmentType('ohne-endung')).toBeNull();
    expect(ACCEPT).toBe('.pdf,.png,.jpg,.jpeg,.gif,.txt,.log,.zip');
  });

  it('refuses by type, size (10 MB is still fine), emptiness and count', () => {
    expect(refusalOf({ name: 'a.exe', size: 10 }, 0)).toBe('type');
    expect(refusalOf({ name: 'a.pdf', size: ATTACHMENT_MAX_BYTES }, 0)).toBeNull();
    expect(refusalOf({ name: 'a.pdf', size: ATTACHMENT_MAX_BYTES + 1 }, 0)).toBe('tooLarge');
    expect(refusalOf({ name: 'a.txt', size: 0 }, 0)).toBe('empty');
    expect(refusalOf({ name: 'a.txt', size: 3 }, 10)).toBe('tooMany');
  });

  it('writes sizes the way each language does', () => {
    expect(formatFileSize(1536 * 1024, 'de')).toBe('1,5 MB');
    expect(formatFileSize(1536 * 1024, 'en')).toBe('1.5 MB');
    expect(formatFileSize(2048, 'de')).toBe('2 kB');
    expect(formatFileSize(12, 'en')).toBe('12 byte');
  });
});

describe('support routes', () => {
  it('names the list, the form and a ticket, and nothing else', () => {
    expect(parseSupportPath('/support')).toEqual({ view: 'tickets' });
    expect(parseSupportPath('/support/new')).toEqual({ view: 'newTicket' });
    expect(parseSupportPath(ticketRoute('t 1'))).toEqual({ view: 'ticket', id: 't 1' });
    expect(parseSupportPath('/support/tickets/')).toBeNull();
    expect(parseSupportPath('/support/tickets/a/b')).toBeNull();
    expect(parseSupportPath('/support/elsewhere')).toBeNull();
  });
});
