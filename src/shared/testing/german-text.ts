/** For tests (unit and e2e): does a text shown in the English UI give German away? */

// Words that occur in German UI text and never in English: function words, the polite
// address, and the product's German name (in English it is the "Customer Center").
const GERMAN_WORDS = (
  'der die das und oder nicht Sie Ihre Ihr Ihren Ihnen werden wird wurde ist sind mit für auf ' +
  'bei von zu zum zur ein eine einen dem den des als auch noch nur bitte hier kein keine jetzt ' +
  'wenn Kundencenter Rechnung Rechnungen Vertrag Zugangsdaten Einstellungen Abrechnung ' +
  'speichern löschen Jahre Seite Gerät'
).split(' ');
const GERMAN = new RegExp(`[äöüÄÖÜß]|\\b(?:${GERMAN_WORDS.join('|')})\\b`, 'i');

/** The German word a UI text gives away, or null; placeholders and tags are not text. */
export function germanWordIn(text: string): string | null {
  const words = text.replace(/{{[^}]*}}/g, ' ').replace(/<\/?\w+>/g, ' ');
  return GERMAN.exec(words)?.[0] ?? null;
}
