import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WhatsNew as WhatsNewInfo } from '../../shared/desktop/types';
import { call } from '../ipc';
import { InfoDialog } from './InfoDialog';

/**
 * "Neu in dieser Version": once after an update, the release's notes as the feed gave them
 * (plain text). "Verstanden" or Escape marks the version seen; it does not come back.
 */
export function WhatsNew() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<WhatsNewInfo | null>(null);
  useEffect(() => {
    call('app:whatsNew').then(setInfo, () => undefined);
  }, []);
  if (!info) return null;
  const close = () => {
    setInfo(null);
    void call('app:whatsNewSeen').catch(() => undefined);
  };
  return (
    <InfoDialog
      title={t('desktop.whatsNew.title', { version: info.version })}
      closeLabel={t('desktop.whatsNew.close')}
      onClose={close}
      data-testid="whats-new"
      primary
    >
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
    </InfoDialog>
  );
}
