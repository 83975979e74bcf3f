import { useTranslation } from 'react-i18next';
import { isMac } from '../search/search-store';
import { InfoDialog } from './InfoDialog';
import { SHORTCUTS } from './shortcuts';

/**
 * "Tastenkürzel": every shortcut of the app in one list (Ctrl+/, the Hilfe menu). Escape closes
 * and focus goes back where it was.
 */
export function ShortcutsDialog({ desktop, onClose }: { desktop: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const keyName = (key: string) => (key === 'Mod' ? (isMac() ? '⌘' : t('desktop.keys.ctrl')) : key);
  const shown = SHORTCUTS.filter((shortcut) => desktop || !shortcut.desktopOnly);

  return (
    <InfoDialog
      title={t('desktop.shortcuts.title')}
      closeLabel={t('desktop.shortcuts.close')}
      onClose={onClose}
      data-testid="shortcuts"
      returnFocus
    >
      <dl className="dialog__body shortcuts">
        {shown.map((shortcut) => (
          <div className="shortcuts__row" key={shortcut.id}>
            <dt>{t(`desktop.shortcuts.${shortcut.id}`)}</dt>
            <dd>
              {shortcut.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 ? ' + ' : null}
                  <kbd>{keyName(key)}</kbd>
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
      <p className="field__hint">{t('desktop.shortcuts.germanLayout')}</p>
    </InfoDialog>
  );
}
