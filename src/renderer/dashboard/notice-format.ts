/** How a provider notice reads in the renderer: its title in the language, its time window. */
import type { TFunction } from 'i18next';
import type { Notice } from '../../shared/notices/types';
import { formatDateTime } from '../format';

export function noticeTitle(notice: Notice, lang: string): string {
  return lang === 'en' ? notice.title.en : notice.title.de;
}

export function noticeBody(notice: Notice, lang: string): string {
  return lang === 'en' ? notice.body.en : notice.body.de;
}

/** "28.11.2026, 02:00 – 28.11.2026, 04:00", or "seit …" while the end is not known. */
export function noticeWindow(t: TFunction, notice: Notice, lang: string): string {
  const start = formatDateTime(notice.startsAt, lang);
  return notice.endsAt === null
    ? t('notices.since', { start })
    : t('notices.window', { start, end: formatDateTime(notice.endsAt, lang) });
}
