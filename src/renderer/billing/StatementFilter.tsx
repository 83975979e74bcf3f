import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Booking } from '../../shared/billing';
import { formatDate } from '../format';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';

interface StatementRange {
  /** YYYY-MM-DD or '' (open) */
  from: string;
  to: string;
  set: (patch: Partial<Pick<StatementRange, 'from' | 'to'>>) => void;
  clear: () => void;
}

/** The statement's period: kept while the person opens an invoice from it and comes back. */
export const useStatementRange = create<StatementRange>()((set) => ({
  from: '',
  to: '',
  set: (patch) => set(patch),
  clear: () => set({ from: '', to: '' }),
}));

/** A reversed range shows nothing and says so at "Bis"; it is never swapped silently. */
export function rangeReversed(range: { from: string; to: string }): boolean {
  return range.from !== '' && range.to !== '' && range.to < range.from;
}

/** The bookings of the period (both days included), in the order given. */
export function inRange(bookings: readonly Booking[], range: { from: string; to: string }) {
  if (rangeReversed(range)) return [];
  return bookings.filter(
    (b) => (range.from === '' || b.date >= range.from) && (range.to === '' || b.date <= range.to),
  );
}

/** "Zeitraum": from and to, the count, and the period's bookings exported as CSV. */
export function StatementFilter({ count }: { count: number }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const range = useStatementRange(useShallow((s) => ({ from: s.from, to: s.to })));
  const { set, clear } = useStatementRange.getState();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ count: number } | AppError | null>(null);
  const reversed = rangeReversed(range);

  const exportCsv = async () => {
    if (pending || reversed) return;
    setPending(true);
    setOutcome(null);
    try {
      const result = await call('statement:exportCsv', {
        ...(range.from ? { from: range.from } : {}),
        ...(range.to ? { to: range.to } : {}),
      });
      setOutcome(result.saved ? { count: result.count } : null);
    } catch (thrown) {
      setOutcome(AppError.from(thrown));
    } finally {
      setPending(false);
    }
  };

  return (
    <div
      role="search"
      className="billing-filters statement-filters"
      aria-label={t('payments.statement.filters')}
    >
      <div className="field">
        <label className="field__label" htmlFor="statement-from">
          {t('payments.statement.from')}
        </label>
        <input
          id="statement-from"
          type="date"
          className="field__input"
          value={range.from}
          max={range.to || undefined}
          onChange={(event) => set({ from: event.target.value })}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="statement-to">
          {t('payments.statement.to')}
        </label>
        <input
          id="statement-to"
          type="date"
          className="field__input"
          value={range.to}
          min={range.from || undefined}
          aria-invalid={reversed || undefined}
          aria-describedby={reversed ? 'statement-to-error' : undefined}
          onChange={(event) => set({ to: event.target.value })}
        />
        {reversed ? (
          <p className="field__error" id="statement-to-error" role="alert">
            {t('payments.statement.rangeReversed', {
              from: formatDate(range.from, i18n.language),
            })}
          </p>
        ) : null}
      </div>
      {range.from !== '' || range.to !== '' ? (
        <button type="button" className="button button--secondary" onClick={clear}>
          {t('payments.statement.clear')}
        </button>
      ) : null}
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={pending || reversed || count === 0 || undefined}
        onClick={() => void (count > 0 ? exportCsv() : undefined)}
      >
        {pending ? t('payments.statement.exporting') : t('payments.statement.export')}
      </button>
      <p className="billing-count" role="status" data-testid="statement-count">
        {range.from !== '' || range.to !== '' ? t('payments.statement.count', { count }) : null}
        {outcome && !(outcome instanceof AppError)
          ? ` ${t('payments.statement.exported', { count: outcome.count })}`
          : null}
      </p>
      {outcome instanceof AppError ? (
        <p className="form-error" role="alert">
          {errorText(outcome)}
        </p>
      ) : null}
    </div>
  );
}
