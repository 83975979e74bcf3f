/**
 * Tells the person when a new provider notice touches one of the customer's contracts or
 * domains (setting notifyNotices). The notice ids already seen are remembered in the
 * encrypted cache, so nothing is told twice, also across restarts; the first look after
 * sign-in only takes note (the history found by the first sync is not news). General notices
 * (naming no contract or domain) and ones already resolved when they arrive are not told:
 * the Übersicht shows them.
 */
import type { Language } from '../../../shared/domain';
import { mainText } from '../../../shared/locales/main-texts';
import type { Notice } from '../../../shared/notices/types';
import type { Notification } from '../ports';
import type { EncryptedCache } from '../store/encrypted-cache';

export const NOTICES_SEEN = 'notices-notified';

export interface NoticeNotifierOptions {
  cache: EncryptedCache;
  /** the cached notices, or null when none are cached */
  list(): Promise<Notice[] | null>;
  enabled(): boolean;
  language(): Language;
  show(notification: Notification): void;
}

/** Looks at the cached notices after a pass that changed them; one look at a time. */
export function createNoticeNotifier(options: NoticeNotifierOptions): { check(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const look = async (): Promise<void> => {
    const notices = await options.list();
    if (!notices) return;
    const seen = await options.cache.getJson<string[]>(NOTICES_SEEN);
    const known = new Set(seen ?? []);
    // remembered before shown: a crash in between loses a notice rather than showing it twice
    await options.cache.putJson(NOTICES_SEEN, [
      ...new Set([...known, ...notices.map((n) => n.id)]),
    ]);
    if (!seen || !options.enabled()) return;
    const fresh = notices.filter(
      (notice) => !known.has(notice.id) && !notice.general && notice.state !== 'resolved',
    );
    for (const notice of fresh) options.show(noticeNotification(notice, options.language()));
  };
  return {
    check() {
      running = running.then(look).catch(() => undefined);
      return running;
    },
  };
}

/** "Verzögerter E-Mail-Empfang" / "Störung seit 28.11.2026, 14:05". */
export function noticeNotification(notice: Notice, language: Language): Notification {
  const locale = language === 'de' ? 'de-DE' : 'en-GB';
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const body = mainText(
    language,
    notice.state === 'planned' ? 'providerNotice.planned' : 'providerNotice.running',
    {
      kind: mainText(language, `providerNotice.${notice.kind}`),
      time: time.format(new Date(notice.startsAt)),
    },
  );
  return {
    title: notice.title[language],
    body,
    target: { kind: 'notice', id: notice.id },
  };
}
