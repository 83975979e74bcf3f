import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DOMAIN_CONTACT_ROLES,
  type DomainContactRole,
  type DomainDetail,
} from '../../shared/domains/types';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { call } from '../ipc';
import { contactLabels } from './contact-labels';
import { domainContactsStore } from './domains-stores';
import { OFFLINE_REASON_ID, useDomainWrite } from './use-domain-write';
import { WriteResult } from './WriteResult';
import { DraftActions } from './DraftActions';

interface SectionProps {
  domain: DomainDetail;
  show: (domain: DomainDetail) => void;
  online: boolean;
}

type Choice = Record<DomainContactRole, string>;

/** what the domain names now, role by role ('' where none) */
function currentChoice(domain: DomainDetail): Choice {
  return Object.fromEntries(
    DOMAIN_CONTACT_ROLES.map((role) => [role, domain.contacts[role]?.contactId ?? '']),
  ) as Choice;
}

/**
 * "Kontakte": owner, admin, tech and zone contact, each picked from the account's contacts.
 * Changing the owner of a .de domain is a change of holder at DENIC: said before it is saved.
 */
export function ContactsSection({ domain, show, online }: SectionProps) {
  const { t } = useTranslation();
  const contacts = domainContactsStore.use((s) => s.cached?.data ?? null);
  const write = useDomainWrite(show);
  const [draft, setDraft] = useState<Choice | null>(null);
  const [confirming, setConfirming] = useState(false);
  const current = currentChoice(domain);
  const choice = draft ?? current;
  const complete = DOMAIN_CONTACT_ROLES.every((role) => choice[role] !== '');
  const changed = DOMAIN_CONTACT_ROLES.some((role) => choice[role] !== current[role]);
  const ownerChange = domain.tld === 'de' && choice.owner !== current.owner;
  const disabled = !online || write.pending;

  const save = async () => {
    setConfirming(false);
    const outcome = await write.run(t('domains.contacts.saved'), () =>
      call('domains:setContacts', { name: domain.name, etag: domain.etag, contacts: choice }),
    );
    if (outcome.kind !== 'error') setDraft(null);
  };

  // contacts the domain names that the list does not hold (yet) stay selectable
  const labels = contactLabels(contacts ?? []);
  const options = (role: DomainContactRole) => {
    const list = (contacts ?? []).map((c) => ({ id: c.id, name: labels.get(c.id) ?? c.email }));
    const named = domain.contacts[role];
    if (named && !list.some((c) => c.id === named.contactId)) {
      list.unshift({ id: named.contactId, name: named.name });
    }
    return list;
  };

  return (
    <section
      className="domain-section"
      aria-labelledby="domain-contacts-title"
      data-help-target="domain-contacts"
    >
      <h3 id="domain-contacts-title">{t('domains.contacts.title')}</h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!complete || !changed) return;
          if (ownerChange) setConfirming(true);
          else void save();
        }}
      >
        <div className="domain-contacts">
          {DOMAIN_CONTACT_ROLES.map((role) => (
            <div className="field" key={role}>
              <label className="field__label" htmlFor={`domain-contact-${role}`}>
                {t(`domains.contacts.role.${role}`)}
              </label>
              <select
                id={`domain-contact-${role}`}
                className="field__select"
                value={choice[role]}
                disabled={disabled}
                aria-describedby={online ? undefined : OFFLINE_REASON_ID}
                onChange={(event) => {
                  write.clear();
                  setDraft({ ...choice, [role]: event.target.value });
                }}
              >
                {choice[role] === '' ? (
                  <option value="">{t('domains.contacts.none')}</option>
                ) : null}
                {options(role).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        {ownerChange ? (
          <div className="notice notice--warning" data-testid="owner-change-warning">
            <p>{t('domains.contacts.ownerChangeDe')}</p>
          </div>
        ) : null}
        <DraftActions
          saveLabel={t('domains.contacts.save')}
          saveDisabled={disabled || !complete || !changed}
          editing={draft !== null}
          pending={write.pending}
          onCancel={() => setDraft(null)}
        />
      </form>
      <div data-testid="contacts-result">
        <WriteResult outcome={write.outcome} />
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('domains.contacts.confirmTitle')}
          confirmLabel={t('domains.contacts.confirm')}
          cancelLabel={t('domains.cancel')}
          onConfirm={() => void save()}
          onCancel={() => setConfirming(false)}
          pending={write.pending}
        >
          <p>{t('domains.contacts.ownerChangeDe')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
