import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppInfoStore } from '../app/app-info-store';
import { subscribe } from '../ipc';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useAppLockStore } from './app-lock-store';
import { isLockKey, isShortcutsKey, zoomKey } from './shortcuts';
import { useZoomStore } from './zoom-store';

/**
 * The signed-in window's own keys: Ctrl+/ (and the Hilfe menu's entry) opens the shortcut
 * overview; in the web host, where no application menu exists, Ctrl +, −, 0 zoom the page.
 */
export function DesktopKeys() {
  const { t } = useTranslation();
  const host = useAppInfoStore((s) => s.info?.host ?? null);
  const [open, setOpen] = useState(false);
  const factor = useZoomStore((s) => s.factor);
  const announced = useZoomStore((s) => s.announced);
  const web = host === 'web';

  useEffect(() => {
    if (web) useZoomStore.getState().restore();
  }, [web]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // the locked window answers only its unlock form
      if (useAppLockStore.getState().state?.locked) return;
      if (isLockKey(event)) {
        event.preventDefault();
        setOpen(false);
        void useAppLockStore.getState().lock();
        return;
      }
      if (isShortcutsKey(event)) {
        event.preventDefault();
        setOpen(true);
        return;
      }
      const step = web ? zoomKey(event) : null;
      if (step) {
        event.preventDefault();
        useZoomStore.getState().step(step);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    const off = subscribe('app:command', ({ command }) => {
      if (command === 'shortcuts') setOpen(true);
      if (command === 'lock') void useAppLockStore.getState().lock();
    });
    return () => {
      off();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [web]);

  return (
    <>
      <p className="visually-hidden" role="status" data-testid="zoom-status">
        {announced ? t('desktop.zoom.now', { percent: Math.round(factor * 100) }) : null}
      </p>
      {open ? (
        <ShortcutsDialog desktop={host === 'electron'} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}
