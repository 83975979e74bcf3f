import { describe, expect, it } from 'vitest';
import { createConsoleLogger } from './console-logger';

describe('the web host console logger', () => {
  it('writes one JSON line per entry with secrets taken out', () => {
    const lines: string[] = [];
    const log = createConsoleLogger((line) => lines.push(line));
    log.warn('refresh failed: Bearer abc.def.ghi', {
      password: 'Demo-Passwort-2026',
      iban: 'DE89370400440532013000',
      account: 'demo@kundencenter.example',
    });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!) as Record<string, string>;
    expect(entry).toMatchObject({ level: 'warn', account: 'demo@kundencenter.example' });
    expect(lines[0]).not.toMatch(/abc\.def\.ghi|Demo-Passwort-2026|DE89370400440532013000/);
  });
});
