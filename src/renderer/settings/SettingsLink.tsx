import { useTranslation } from 'react-i18next';
import { hrefOf } from '../router/routes';
import { isSettingsRoute, SETTINGS_ROUTE } from './routes';

/** The gear in the header: opens "Einstellungen". */
export function SettingsLink({ path }: { path: string }) {
  const { t } = useTranslation();
  return (
    <a
      className="button button--secondary settings-link"
      href={hrefOf(SETTINGS_ROUTE)}
      aria-current={isSettingsRoute(path) ? 'page' : undefined}
    >
      <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 24 24">
        <path
          fill="currentColor"
          d="M19.4 13a7.5 7.5 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.6 7.6 0 0 0-1.7-1L15 3h-4l-.4 2.7a7.6 7.6 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.5 7.5 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1a7.6 7.6 0 0 0 1.7 1L11 21h4l.4-2.7a7.6 7.6 0 0 0 1.7-1l2.5 1 2-3.5L19.4 13ZM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7Z"
        />
      </svg>
      <span>{t('settings.title')}</span>
    </a>
  );
}
