import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isMac } from '../search/search-store';
import { SHORTCUTS } from './shortcuts';

/**
 * "Tastenkürzel": every shortcut of the app in one list (Ctrl+/, the Hilfe menu). Focus starts
 * on "Schließen" and stays inside; Escape closes and focus goes back where it was.
 */
export function ShortcutsDialog({ desktop, onClose }: { desktop: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Tab') {
      // one control inside: Tab stays on it
      event.preventDefault();
      closeRef.current?.focus();
    }
  };

  const keyName = (key: string) => (key === 'Mod' ? (isMac() ? '⌘' : t('desktop.keys.ctrl')) : key);
  const shown = SHORTCUTS.filter((shortcut) => desktop || !shortcut.desktopOnly);

  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onKeyDown={onKeyDown}
        data-testid="shortcuts"
      >
        <h2 className="dialog__title" id={`${id}-title`}>
          {t('desktop.shortcuts.title')}
        </h2>
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
        <div className="form__actions dialog__actions">
          <button
            ref={closeRef}
            type="button"
            className="button button--secondary"
            onClick={onClose}
          >
            {t('desktop.shortcuts.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
