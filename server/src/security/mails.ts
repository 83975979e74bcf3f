/**
 * The mails a sensitive change of the account's protection sends (sandbox outbox), so that
 * someone who got hold of a session cannot change it unnoticed.
 */
import type { Db } from '../db';
import { enqueueMail } from '../mail/outbox';

export type SecurityChange =
  | 'password_changed'
  | 'totp_enabled'
  | 'totp_disabled'
  | 'recovery_codes_regenerated'
  | 'sessions_ended';

const WHAT: Record<SecurityChange, { subject: string; line: string }> = {
  password_changed: {
    subject: 'Ihr Passwort wurde geändert',
    line: 'das Passwort Ihres Kundenkontos wurde geändert. Alle anderen Anmeldungen wurden beendet.',
  },
  totp_enabled: {
    subject: 'Zwei-Faktor-Anmeldung eingeschaltet',
    line: 'für Ihr Kundenkonto ist jetzt die Zwei-Faktor-Anmeldung eingeschaltet.',
  },
  totp_disabled: {
    subject: 'Zwei-Faktor-Anmeldung ausgeschaltet',
    line: 'für Ihr Kundenkonto wurde die Zwei-Faktor-Anmeldung ausgeschaltet.',
  },
  recovery_codes_regenerated: {
    subject: 'Neue Wiederherstellungscodes erstellt',
    line: 'für Ihr Kundenkonto wurden neue Wiederherstellungscodes erstellt; die alten gelten nicht mehr.',
  },
  sessions_ended: {
    subject: 'Anmeldungen beendet',
    line: 'an Ihrem Kundenkonto wurden Anmeldungen auf anderen Geräten beendet.',
  },
};

export function mailSecurityChange(
  db: Db,
  to: string,
  change: SecurityChange,
  details: { deviceName: string | null; now: number },
): void {
  const what = WHAT[change];
  const when = new Date(details.now).toLocaleString('de-DE', { timeZone: 'Europe/Berlin' });
  enqueueMail(
    db,
    {
      to,
      subject: what.subject,
      text: [
        'Hallo,',
        '',
        what.line,
        '',
        `Zeitpunkt: ${when}`,
        `Gerät: ${details.deviceName ?? 'unbekannt'}`,
        '',
        'Waren Sie das nicht? Ändern Sie sofort Ihr Passwort (Kundencenter → Sicherheit) oder',
        'wählen Sie bei der Anmeldung „Passwort vergessen“, und wenden Sie sich an unseren Support.',
        '',
        'Ihr Kundencenter-Team',
      ].join('\n'),
    },
    details.now,
  );
}
