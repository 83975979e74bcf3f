import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { meStore } from '../app/me-store';
import { confirmDroppingUnsent } from '../app/unsent-guard';
import { useOnline } from '../components/use-online';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';
import { navigate } from '../router/hash';
import { ROUTES } from '../router/routes';

/**
 * The header's account button: names the active customer account in one line and opens a menu
 * with the sign-in address and every customer account of the user, the active one checked.
 * Choosing another switches at once (a click or Enter is deliberate, unlike a select's arrows).
 */
export function AccountMenu({ email }: { email: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const online = useOnline();
  const me = meStore.use((s) => s.cached?.data ?? null);
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const titleId = useId();

  const items = () =>
    Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? []);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    (items().find((item) => item.getAttribute('aria-checked') === 'true') ?? items()[0])?.focus();
    const outside = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  const label = (m: { displayName: string; customerNumber: string }) =>
    t('team.switcher.option', { name: m.displayName, number: m.customerNumber });

  const switchTo = async (customerId: string) => {
    if (!me || pending || !online || customerId === me.customer.customerId) {
      if (me && customerId === me.customer.customerId) close(true);
      return;
    }
    close(true);
    if (!(await confirmDroppingUnsent('switch'))) return;
    setPending(true);
    setError(null);
    try {
      meStore.put(await call('account:switch', { customerId }));
      navigate(ROUTES.dashboard);
    } catch (thrown) {
      setError(AppError.from(thrown));
    } finally {
      setPending(false);
    }
  };

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const go = (index: number) => all[(index + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(all.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') close(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  const active = me ? label(me.customer) : email;
  return (
    <div className="account-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--secondary account-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={pending || undefined}
        title={active}
        data-testid="account-menu"
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <span className="visually-hidden">{t('layout.account.button')} </span>
        <span className="account-menu__active" data-testid="active-customer">
          {active}
        </span>
        <span aria-hidden="true" className="account-menu__caret" />
      </button>
      {open ? (
        <div className="account-menu__popup">
          <p className="account-menu__email">{t('header.signedInAs', { email })}</p>
          <p className="account-menu__title" id={titleId}>
            {t('team.switcher.label')}
          </p>
          <ul
            className="account-menu__list"
            role="menu"
            id={menuId}
            aria-labelledby={titleId}
            ref={menuRef}
            onKeyDown={onMenuKey}
          >
            {(me?.memberships ?? []).map((m) => {
              const current = m.customerId === me?.customer.customerId;
              return (
                <li key={m.customerId} role="none">
                  <button
                    type="button"
                    role="menuitemradio"
                    className="account-menu__item"
                    aria-checked={current}
                    aria-disabled={(!current && !online) || undefined}
                    tabIndex={-1}
                    onClick={() => void switchTo(m.customerId)}
                  >
                    {label(m)}
                  </button>
                </li>
              );
            })}
          </ul>
          {online ? null : <p className="account-menu__hint">{t('layout.account.offline')}</p>}
        </div>
      ) : null}
      {error ? (
        <span className="form-error account-menu__error" role="alert">
          {errorText(error)}
        </span>
      ) : null}
    </div>
  );
}
