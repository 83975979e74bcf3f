import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Name the window after the screen, so assistive tech and the task bar say where we are. */
export function useDocumentTitle(screen: string): void {
  const { t } = useTranslation();
  const title = t('app.documentTitle', { screen });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
