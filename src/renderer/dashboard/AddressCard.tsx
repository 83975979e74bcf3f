import { useTranslation } from 'react-i18next';
import type { Account } from '../../shared/domain';
import { formatCountry, formatPhone } from '../format';
import { displayName } from './account-format';

/** Postal address and contact details as the provider has them. */
export function AddressCard({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const { address } = account;
  return (
    <section className="card" aria-labelledby="address-title">
      <h2 className="card__title" id="address-title">
        {t('dashboard.address')}
      </h2>
      <address className="address">
        {account.company ? <span>{account.company}</span> : null}
        <span>{displayName(account)}</span>
        <span>{address.street}</span>
        <span>
          {address.postalCode} {address.city}
        </span>
        <span>{formatCountry(address.country, i18n.language)}</span>
      </address>
      <h3 className="card__subtitle">{t('dashboard.contact')}</h3>
      <p className="address">
        <span>{account.email}</span>
        {account.phone ? <span>{formatPhone(account.phone)}</span> : null}
      </p>
    </section>
  );
}
