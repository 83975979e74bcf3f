import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WhatsNew as WhatsNewInfo } from '../../shared/desktop/types';
import { call } from '../ipc';

/**
 * "Neu in dieser Version": once after an update, the release's notes as the feed gave them
 * (plain text). "Verstanden" or Escape marks the version seen; it does not come back.
 */
export function WhatsNew() {
  const [info, setInfo] = useState<WhatsNewInfo | null>(null);
  useEffect(() => {
    call('app:whatsNew').then(setInfo, () => undefined);
  }, []);
  if (!info) return null;
  return (
    <WhatsNewDialog
      info={info}
      onClose={() => {
        setInfo(null);
        void call('app:whatsNewSeen').catch(() => undefined);
      }}
    />
  );
}

function WhatsNewDialog({ info, onClose }: { info: WhatsNewInfo; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    closeRef.current?.focus();
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

  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onKeyDown={onKeyDown}
        data-testid="whats-new"
      >
        <h2 className="dialog__title" id={`${id}-title`}>
          {t('desktop.whatsNew.title', { version: info.version })}
        </h2>
        <div className="dialog__body">
          {info.notes && info.notes.length > 0 ? (
            <ul className="whats-new__notes">
              {info.notes.map((note, index) => (
                <li key={index}>{note}</li>
              ))}
            </ul>
          ) : (
            <p>{t('desktop.whatsNew.noNotes', { version: info.version })}</p>
          )}
        </div>
        <div className="form__actions dialog__actions">
          <button ref={closeRef} type="button" className="button button--primary" onClick={onClose}>
            {t('desktop.whatsNew.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
