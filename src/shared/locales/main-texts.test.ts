import { describe, expect, it } from 'vitest';
import { mainText } from './main-texts';

describe('mainText', () => {
  it('fills placeholders and picks the plural form', () => {
    expect(mainText('de', 'invoiceNotice.one', { number: 'R-2026-0001' })).toBe(
      'Neue Rechnung R-2026-0001',
    );
    expect(mainText('en', 'tray.tooltipUnread', { count: 2 })).toBe(
      'Customer Center – 2 unread replies',
    );
    expect(mainText('en', 'tray.tooltipUnread', { count: 1 })).toBe(
      'Customer Center – 1 unread reply',
    );
  });

  it('answers in German for an unknown language', () => {
    expect(mainText('fr', 'osPrompt.appLock')).toBe('das Kundencenter entsperren');
    expect(mainText('en', 'osPrompt.appLock')).toBe('unlock the Customer Center');
  });

  it('leaves a placeholder without a value visible instead of inventing one', () => {
    expect(mainText('de', 'errors.insecureApi')).toContain('{{reason}}');
  });
});
