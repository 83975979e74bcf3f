import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meStore } from '../app/me-store';
import { confirmDroppingUnsent } from '../app/unsent-guard';
import { useOnline } from '../components/use-online';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';
import { navigate } from '../router/hash';
import { ROUTES } from '../router/routes';

/**
 * The active customer account, and a switch to another one when the user belongs to several.
 * A select plus a button: changing the select alone never switches (arrow keys would).
 */
export function AccountSwitcher() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const online = useOnline();
  const me = meStore.use((s) => s.cached?.data ?? null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  if (!me) return null;
  const label = (m: { displayName: string; customerNumber: string }) =>
    t('team.switcher.option', { name: m.displayName, number: m.customerNumber });
  if (me.memberships.length < 2) {
    return (
      <span className="app-header__user" data-testid="active-customer">
        {label(me.customer)}
      </span>
    );
  }
  const target = chosen ?? me.customer.customerId;
  const switchTo = async () => {
    if (pending || !online || target === me.customer.customerId) return;
    if (!(await confirmDroppingUnsent('switch'))) return;
    setPending(true);
    setError(null);
    try {
      const next = await call('account:switch', { customerId: target });
      meStore.put(next);
      setChosen(null);
      navigate(ROUTES.dashboard);
    } catch (thrown) {
      setError(AppError.from(thrown));
    } finally {
      setPending(false);
    }
  };
  return (
    <form
      className="language-switch"
      aria-busy={pending}
      onSubmit={(event) => {
        event.preventDefault();
        void switchTo();
      }}
    >
      <label className="language-switch__label" htmlFor="customer-switch">
        {t('team.switcher.label')}
      </label>
      <select
        id="customer-switch"
        className="language-switch__select"
        value={target}
        onChange={(event) => setChosen(event.target.value)}
      >
        {me.memberships.map((m) => (
          <option key={m.customerId} value={m.customerId}>
            {label(m)}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="button button--secondary button--small"
        aria-disabled={!online || pending || target === me.customer.customerId || undefined}
      >
        {t('team.switcher.submit')}
      </button>
      {error ? (
        <span className="form-error" role="alert">
          {errorText(error)}
        </span>
      ) : null}
    </form>
  );
}
