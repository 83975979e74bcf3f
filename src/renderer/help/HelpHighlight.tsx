import { useTranslation } from 'react-i18next';
import { useHelpTarget } from './help-target';
import './help.css';

/** Highlights the place a help link asks for, and says politely what happened. */
export function HelpHighlight() {
  const { t } = useTranslation();
  const result = useHelpTarget();
  let message = '';
  if (result?.state === 'found') message = t('help.highlight.found');
  else if (result?.state === 'missing') message = t('help.highlight.missing');
  else if (result?.state === 'noRight') {
    message = t('help.highlight.noRight', { right: t(`team.rights.${result.right}`) });
  }
  return (
    <p className="visually-hidden" role="status" data-testid="help-highlight-status">
      {message}
    </p>
  );
}
