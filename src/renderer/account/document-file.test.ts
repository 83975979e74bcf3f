import { describe, expect, it } from 'vitest';
import { checkDocument, documentType, MAX_DOCUMENT_BYTES, toBase64 } from './document-file';

describe('verification documents', () => {
  it('accepts PDF, JPG and PNG by type or, when the system gives none, by name', () => {
    expect(documentType({ name: 'a.pdf', type: 'application/pdf' })).toBe('application/pdf');
    expect(documentType({ name: 'Ausweis.JPG', type: '' })).toBe('image/jpeg');
    expect(documentType({ name: 'scan.png', type: '' })).toBe('image/png');
    expect(documentType({ name: 'vertrag.docx', type: 'application/msword' })).toBeNull();
  });

  it('refuses other types and files over 10 MB with the reason', () => {
    expect(checkDocument({ name: 'a.gif', type: 'image/gif', size: 10 })).toBe(
      'errors.document_type',
    );
    expect(
      checkDocument({ name: 'a.pdf', type: 'application/pdf', size: MAX_DOCUMENT_BYTES + 1 }),
    ).toBe('errors.document_too_large');
    expect(
      checkDocument({ name: 'a.pdf', type: 'application/pdf', size: MAX_DOCUMENT_BYTES }),
    ).toBeUndefined();
  });

  it('encodes large files as base64 without overflowing the stack', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 256);
    const encoded = toBase64(bytes);
    const decoded = Uint8Array.from(atob(encoded), (ch) => ch.charCodeAt(0));
    expect(decoded).toEqual(bytes);
    expect(toBase64(new TextEncoder().encode('%PDF'))).toBe('JVBERg==');
  });
});
