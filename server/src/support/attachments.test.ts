import { describe, expect, it } from 'vitest';
import { cleanFileName, contentDisposition, contentFits, typeOfName } from './attachments';
import { previewOf } from './tickets';

describe('attachment checks', () => {
  it('takes the type from the extension, case-insensitively', () => {
    expect(typeOfName('Scan.PDF')).toBe('application/pdf');
    expect(typeOfName('foto.jpeg')).toBe('image/jpeg');
    expect(typeOfName('server.log')).toBe('text/plain');
    expect(typeOfName('setup.exe')).toBeNull();
    expect(typeOfName('README')).toBeNull();
  });

  it('accepts content only when its magic bytes fit the type', () => {
    expect(contentFits('application/pdf', Buffer.from('%PDF-1.7 …'))).toBe(true);
    expect(contentFits('image/png', Buffer.from('%PDF-1.7'))).toBe(false);
    expect(contentFits('image/gif', Buffer.from('GIF89a...'))).toBe(true);
    expect(contentFits('application/zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]))).toBe(true);
    expect(contentFits('image/jpeg', Buffer.from([0xff, 0xd8]))).toBe(false);
    expect(contentFits('text/plain', Buffer.from('Grüße\n'))).toBe(true);
    expect(contentFits('text/plain', Buffer.from([0xc3, 0x28]))).toBe(false);
  });

  it('keeps only the last path segment of a file name, without control characters', () => {
    expect(cleanFileName('C:\\Users\\erika\\Bild 1.png')).toBe('Bild 1.png');
    expect(cleanFileName('../../etc/passwd.txt')).toBe('passwd.txt');
    expect(cleanFileName('a\u0000b\n.txt')).toBe('ab.txt');
  });

  it('names the download with an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('Rechnung März "final".pdf')).toBe(
      `attachment; filename="Rechnung Maerz _final_.pdf"; ` +
        `filename*=UTF-8''Rechnung%20M%C3%A4rz%20%22final%22.pdf`,
    );
    expect(contentDisposition('日本.txt')).toBe(
      `attachment; filename="__.txt"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.txt`,
    );
  });
});

describe('the list preview', () => {
  it('is the message on one line, at most 140 characters', () => {
    expect(previewOf('Hallo\n\n  Welt ')).toBe('Hallo Welt');
    const long = previewOf('x'.repeat(300));
    expect(long).toHaveLength(140);
    expect(long.endsWith('…')).toBe(true);
  });
});
