import { describe, expect, it } from 'vitest';
import { mainTexts } from './main-i18n';

describe('main-i18n', () => {
  it('names the menu screens with the renderer menu texts', () => {
    expect(mainTexts('de').menu.screens.customerInformation).toBe('Kundeninformationen');
    expect(mainTexts('en').menu.screens.users).toBe('User management');
  });

  it('falls back to German, the app default', () => {
    expect(mainTexts(undefined).tray.open).toBe('Öffnen');
    expect(mainTexts('fr').tray.quit).toBe('Beenden');
    expect(mainTexts('en').tray.syncNow).toBe('Sync now');
  });

  it('counts unread answers in the tooltip with the plural of the language', () => {
    const de = mainTexts('de').tray;
    expect(de.tooltip(0)).toBe('Kundencenter');
    expect(de.tooltip(1)).toBe('Kundencenter – 1 ungelesene Antwort');
    expect(de.tooltip(3)).toBe('Kundencenter – 3 ungelesene Antworten');
    expect(mainTexts('en').tray.tooltip(1)).toBe('Customer Center – 1 unread reply');
  });

  it('puts the reason into the start-up error', () => {
    expect(mainTexts('en').errors.insecureApi('http is not allowed')).toBe(
      'The connection to the Customer Center is set up insecurely.\n\nhttp is not allowed',
    );
  });
});
