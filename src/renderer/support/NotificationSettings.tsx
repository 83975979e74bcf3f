import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../components/CheckboxField';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';

type Kind = 'notifyTicketReplies' | 'notifyTicketClosed';
const KINDS: readonly Kind[] = ['notifyTicketReplies', 'notifyTicketClosed'];

/** Which system notifications support sends this device; settings of the device, so offline too. */
export function NotificationSettings() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [values, setValues] = useState<Record<Kind, boolean> | null>(null);
  const [outcome, setOutcome] = useState<'saved' | AppError | null>(null);

  useEffect(() => {
    let current = true;
    call('settings:get').then(
      (settings) => {
        if (current) {
          setValues({
            notifyTicketReplies: settings.notifyTicketReplies ?? true,
            notifyTicketClosed: settings.notifyTicketClosed ?? true,
          });
        }
      },
      (thrown: unknown) => {
        if (current) setOutcome(AppError.from(thrown));
      },
    );
    return () => {
      current = false;
    };
  }, []);

  const choose = async (kind: Kind, value: boolean) => {
    if (!values) return;
    const before = values;
    setValues({ ...values, [kind]: value });
    setOutcome(null);
    try {
      const settings = await call('settings:set', { [kind]: value });
      setValues({
        notifyTicketReplies: settings.notifyTicketReplies ?? before.notifyTicketReplies,
        notifyTicketClosed: settings.notifyTicketClosed ?? before.notifyTicketClosed,
      });
      setOutcome('saved');
    } catch (thrown) {
      setValues(before);
      setOutcome(AppError.from(thrown));
    }
  };

  return (
    <section className="card support-settings" aria-labelledby="support-notify-title">
      <h3 id="support-notify-title">{t('support.notify.title')}</h3>
      <p>{t('support.notify.intro')}</p>
      {values
        ? KINDS.map((kind) => (
            <CheckboxField
              key={kind}
              id={`support-${kind}`}
              label={t(`support.notify.${kind}`)}
              checked={values[kind]}
              onCheckedChange={(checked) => void choose(kind, checked)}
            />
          ))
        : null}
      <div role="status" className="support-settings__outcome">
        {outcome === 'saved' ? t('support.notify.saved') : null}
      </div>
      {outcome instanceof AppError ? (
        <p className="form-error" role="alert">
          {errorText(outcome)}
        </p>
      ) : null}
    </section>
  );
}
