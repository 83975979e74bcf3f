/**
 * Demo notices, relative to the day they are seeded (once per data folder), all touching the
 * demo customer K-100234:
 * - an active incident: mail delivery delayed, E-Mail Pro 10 (V-100234-02) and the domain
 *   muster-webdesign.de, started 45 minutes before the seed
 * - a planned maintenance: Managed Server M (V-100234-03), in three days, two hours long
 * - a resolved incident: slow Webhosting Business (V-100234-01), two days before the seed
 * Posted as staff would, so each records its `notices` change.
 */
import type { Db } from '../db';
import { postNotice, setNoticeState } from './staff';

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const SEEDED = 'demo_notices';

/** Whole hours, so the planned window reads like one a provider would announce. */
const onTheHour = (ms: number) => Math.floor(ms / HOUR_MS) * HOUR_MS;

export function seedDemoNotices(db: Db, now: number): void {
  if (db.prepare('SELECT 1 FROM meta WHERE key = ?').get(SEEDED)) return;
  const known = db.prepare('SELECT 1 FROM contracts WHERE id = ?');
  if (!['V-100234-01', 'V-100234-02', 'V-100234-03'].every((id) => known.get(id))) return;
  db.transaction(() => {
    const resolved = postNotice(
      db,
      {
        kind: 'incident',
        title: 'Langsame Antwortzeiten im Webhosting',
        titleEn: 'Slow response times in web hosting',
        body: 'Ein Speichersystem war überlastet; Websites luden verzögert. Die Ursache ist behoben.',
        bodyEn: 'A storage system was overloaded and websites loaded slowly. The cause is fixed.',
        contractIds: ['V-100234-01'],
        startsAt: new Date(onTheHour(now - 2 * DAY_MS)).toISOString(),
        endsAt: new Date(onTheHour(now - 2 * DAY_MS) + 3 * HOUR_MS).toISOString(),
      },
      now,
    );
    setNoticeState(db, resolved.id, 'resolved', now);
    const start = onTheHour(now + 3 * DAY_MS);
    postNotice(
      db,
      {
        kind: 'maintenance',
        title: 'Wartung der Managed-Server-Plattform',
        titleEn: 'Maintenance of the managed server platform',
        body: 'Wir spielen Sicherheitsupdates ein. Ihr Server startet dabei einmal neu (etwa 5 Minuten).',
        bodyEn: 'We install security updates. Your server restarts once (about 5 minutes).',
        contractIds: ['V-100234-03'],
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 2 * HOUR_MS).toISOString(),
      },
      now,
    );
    postNotice(
      db,
      {
        kind: 'incident',
        title: 'Verzögerter E-Mail-Empfang',
        titleEn: 'Delayed e-mail delivery',
        body: 'Eingehende E-Mails kommen derzeit mit bis zu 30 Minuten Verspätung an. Es geht keine E-Mail verloren.',
        bodyEn: 'Incoming e-mails currently arrive up to 30 minutes late. No e-mail is lost.',
        contractIds: ['V-100234-02'],
        domains: db.prepare("SELECT 1 FROM domains WHERE name = 'muster-webdesign.de'").get()
          ? ['muster-webdesign.de']
          : [],
        startsAt: new Date(now - 45 * MINUTE_MS).toISOString(),
      },
      now,
    );
    db.prepare("INSERT INTO meta (key, value) VALUES (?, '1')").run(SEEDED);
  })();
}
