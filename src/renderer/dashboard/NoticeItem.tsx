import { useTranslation } from 'react-i18next';
import { noticeRoute } from '../../shared/dashboard/routes';
import type { Notice } from '../../shared/notices/types';
import { hrefOf } from '../router/routes';
import { noticeTitle, noticeWindow } from './notice-format';

/** A notice in a list: kind and state, its title linking to it, its time window. */
export function NoticeItem({ notice }: { notice: Notice }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <li className="notice-item" data-testid="notice-item">
      <span className={`badge badge--notice-${notice.state}`}>
        {t(`notices.kind.${notice.kind}`)} · {t(`notices.state.${notice.state}`)}
      </span>{' '}
      <a href={hrefOf(noticeRoute(notice.id))}>{noticeTitle(notice, lang)}</a>
      <span className="notice-item__when">{noticeWindow(t, notice, lang)}</span>
    </li>
  );
}
