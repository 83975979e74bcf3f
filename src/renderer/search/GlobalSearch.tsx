import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { subscribe } from '../ipc';
import { SearchDialog } from './SearchDialog';
import { isMac, isSearchShortcut, useSearchStore } from './search-store';

/**
 * The header's search button and the search dialog, opened by the button or Ctrl+K (Cmd+K on
 * macOS) from anywhere in the signed-in window.
 */
export function GlobalSearch() {
  const { t } = useTranslation();
  const isOpen = useSearchStore((s) => s.open);
  const show = useSearchStore((s) => s.show);
  // where focus goes back to when the dialog closes with Escape
  const [opener, setOpener] = useState<HTMLElement | null>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      if (useSearchStore.getState().open) return;
      setOpener(document.activeElement instanceof HTMLElement ? document.activeElement : null);
      show();
    };
    window.addEventListener('keydown', onKeyDown);
    // the application menu's "Suche" (Electron) asks for the same
    const off = subscribe('app:command', ({ command }) => {
      if (command !== 'search' || useSearchStore.getState().open) return;
      setOpener(document.activeElement instanceof HTMLElement ? document.activeElement : null);
      show();
    });
    return () => {
      off();
      window.removeEventListener('keydown', onKeyDown);
      useSearchStore.getState().hide();
    };
  }, [show]);

  const shortcut = isMac() ? '⌘K' : t('search.ctrlK');
  return (
    <>
      <button
        type="button"
        className="button button--secondary search-button"
        aria-keyshortcuts={isMac() ? 'Meta+K' : 'Control+K'}
        title={t('search.openShortcut', { shortcut })}
        onClick={(event) => {
          setOpener(event.currentTarget);
          show();
        }}
      >
        {t('search.open')}
      </button>
      {isOpen ? <SearchDialog opener={opener} /> : null}
    </>
  );
}
