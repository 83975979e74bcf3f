import { useTranslation } from 'react-i18next';
import type { DomainDetail } from '../../shared/domains/types';
import { LoadState } from '../billing/LoadState';
import { SyncedAt } from '../billing/SyncedAt';
import { NeedsConnection } from '../components/NeedsConnection';
import { useOnline } from '../components/use-online';
import { formatDate } from '../format';
import { hrefOf } from '../router/routes';
import { AuthCodeSection } from './AuthCodeSection';
import { ContactsSection } from './ContactsSection';
import { useDomain } from './domains-stores';
import { NameserversSection } from './NameserversSection';
import { OptionsSection } from './OptionsSection';
import { RenewalSection } from './RenewalSection';
import { OFFLINE_REASON_ID } from './use-domain-write';
import { DOMAINS_ROUTE, dnsRoute } from './routes';
import { ViewTitle } from './ViewTitle';

/** One domain: nameservers, options, contacts, auth code and the way to its DNS zone. */
export function DomainDetailView({ name }: { name: string }) {
  const { t } = useTranslation();
  const item = useDomain(name);
  return (
    <>
      <p>
        <a href={hrefOf(DOMAINS_ROUTE)}>{t('domains.backToList')}</a>
      </p>
      {item.cached ? null : <ViewTitle>{name}</ViewTitle>}
      <LoadState state={item} retry={item.reload}>
        {(domain, syncedAt) => (
          <Detail domain={domain} syncedAt={syncedAt} show={(d) => item.updateData(() => d)} />
        )}
      </LoadState>
    </>
  );
}

interface DetailProps {
  domain: DomainDetail;
  syncedAt: string;
  show: (domain: DomainDetail) => void;
}

function Detail({ domain, syncedAt, show }: DetailProps) {
  const { t, i18n } = useTranslation();
  const online = useOnline();
  const lang = i18n.language;
  return (
    <>
      <ViewTitle>{domain.name}</ViewTitle>
      <dl className="domain-facts" data-testid="domain-facts">
        <div>
          <dt>{t('domains.list.status')}</dt>
          <dd>{t(`domains.status.${domain.status}`)}</dd>
        </div>
        <div>
          <dt>{t('domains.detail.registeredAt')}</dt>
          <dd>{formatDate(domain.registeredAt, lang)}</dd>
        </div>
        <div>
          <dt>{t('domains.list.expiresAt')}</dt>
          <dd>{formatDate(domain.expiresAt, lang)}</dd>
        </div>
      </dl>
      {online ? null : <NeedsConnection id={OFFLINE_REASON_ID} />}
      <RenewalSection domain={domain} online={online} />
      <section className="domain-section" aria-labelledby="domain-dns-title">
        <h3 id="domain-dns-title">{t('domains.detail.dnsTitle')}</h3>
        {domain.usesOurNameservers ? (
          <p>
            <a className="button button--secondary" href={hrefOf(dnsRoute(domain.name))}>
              {t('domains.detail.openDns', { count: domain.recordCount })}
            </a>
          </p>
        ) : (
          <p className="notice" data-testid="zone-elsewhere">
            {t('domains.detail.zoneElsewhere')}
          </p>
        )}
      </section>
      <OptionsSection domain={domain} show={show} online={online} />
      <NameserversSection domain={domain} show={show} online={online} />
      <ContactsSection domain={domain} show={show} online={online} />
      <AuthCodeSection domain={domain} online={online} />
      <SyncedAt time={syncedAt} />
    </>
  );
}
