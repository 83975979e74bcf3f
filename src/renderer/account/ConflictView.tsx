import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../shared/domain';
import type { AccountPatch } from '../../shared/team/types';
import type { AccountField } from './account-form';
import { useAccountEdit, type Conflict } from './account-stores';

type RowKey = AccountField;
type Row = { key: RowKey; mine: string; theirs: string };

const dash = '–';

/** The compared lines: only fields my save touched, marking those that differ. */
function rows(
  mine: AccountPatch,
  theirs: Account,
  kindLabel: (k: Account['kind']) => string,
): Row[] {
  const out: Row[] = [];
  const add = (key: RowKey, m: string | null | undefined, th: string | null) => {
    if (m === undefined) return;
    out.push({ key, mine: m ?? dash, theirs: th ?? dash });
  };
  add('kind', mine.kind && kindLabel(mine.kind), kindLabel(theirs.kind));
  add('company', mine.company, theirs.company);
  add('firstName', mine.firstName, theirs.firstName);
  add('lastName', mine.lastName, theirs.lastName);
  if (mine.address) {
    add('street', mine.address.street, theirs.address.street);
    add('postalCode', mine.address.postalCode, theirs.address.postalCode);
    add('city', mine.address.city, theirs.address.city);
    add('country', mine.address.country, theirs.address.country);
  }
  add('phone', mine.phone, theirs.phone);
  add('vatId', mine.vatId, theirs.vatId);
  return out;
}

/** Someone changed the data while I edited: both versions side by side, and a choice. */
export function ConflictView({ conflict }: { conflict: Conflict }) {
  const { t } = useTranslation();
  const pending = useAccountEdit((s) => s.pending);
  const { applyMine, takeTheirs } = useAccountEdit.getState();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const lines = rows(conflict.mine, conflict.theirs, (k) => t(`account.kinds.${k}`));
  return (
    <section
      className="card card--highlight"
      aria-labelledby="conflict-title"
      data-testid="conflict"
    >
      <h3 id="conflict-title" className="card__title" ref={headingRef} tabIndex={-1}>
        {t('account.conflict.title')}
      </h3>
      <p role="alert">{t('account.conflict.intro')}</p>
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('account.conflict.field')}</th>
              <th scope="col">{t('account.conflict.mine')}</th>
              <th scope="col">{t('account.conflict.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((row) => (
              <tr key={row.key} data-differs={row.mine !== row.theirs || undefined}>
                <th scope="row">
                  {t(`account.fields.${row.key}`)}
                  {row.mine !== row.theirs ? (
                    <span className="visually-hidden"> {t('account.conflict.differs')}</span>
                  ) : null}
                </th>
                <td>{row.mine !== row.theirs ? <strong>{row.mine}</strong> : row.mine}</td>
                <td>{row.mine !== row.theirs ? <strong>{row.theirs}</strong> : row.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={pending || undefined}
          onClick={() => void applyMine()}
        >
          {t('account.conflict.applyMine')}
        </button>
        <button type="button" className="button button--secondary" onClick={takeTheirs}>
          {t('account.conflict.takeTheirs')}
        </button>
      </div>
    </section>
  );
}
