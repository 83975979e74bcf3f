import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/use-document-title';
import { redirect, useRoute } from '../router/hash';
import { hrefOf } from '../router/routes';
import { connectAccountInfo } from './account-stores';
import { AccountView } from './AccountView';
import { VerificationView } from './VerificationView';

import { ACCOUNT_ROUTES } from './routes';

type Section = keyof typeof ACCOUNT_ROUTES;
const SECTIONS: readonly Section[] = ['data', 'verification'];

/** "Kundeninformationen": the customer's data (editable) and the account's verification. */
export function CustomerInformationScreen() {
  const { t } = useTranslation();
  const { path } = useRoute();
  const section = SECTIONS.find((s) => ACCOUNT_ROUTES[s] === path);
  const title = t('menu.customerInformation');
  const sectionTitle = t(`account.nav.${section ?? 'data'}`);
  useDocumentTitle(section === 'verification' ? `${sectionTitle} – ${title}` : title);

  useEffect(() => connectAccountInfo(), []);
  // only a path below this menu that names no section; on leaving, the route is someone else's
  const unknownBelow = !section && path.startsWith(`${ACCOUNT_ROUTES.data}/`);
  useEffect(() => {
    if (unknownBelow) redirect(ACCOUNT_ROUTES.data);
  }, [unknownBelow]);

  return (
    <div className="screen account">
      <h1>{title}</h1>
      <nav className="subnav" aria-label={t('account.nav.label')}>
        <ul className="subnav__list">
          {SECTIONS.map((s) => (
            <li key={s}>
              <a
                className="subnav__item"
                href={hrefOf(ACCOUNT_ROUTES[s])}
                aria-current={s === (section ?? 'data') ? 'page' : undefined}
              >
                {t(`account.nav.${s}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <section className="billing-view" aria-labelledby="account-view-title">
        <h2 className="billing-view__title" id="account-view-title" tabIndex={-1}>
          {sectionTitle}
        </h2>
        {section === 'verification' ? <VerificationView /> : <AccountView />}
      </section>
    </div>
  );
}
