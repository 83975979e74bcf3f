import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkDatevField,
  DATEV_CHARTS,
  DATEV_DEFAULTS,
  type DatevChart,
  type DatevField,
} from '../../shared/datev';
import type { Settings } from '../../shared/domain';
import { TextField } from '../components/TextField';
import { useErrorText } from '../i18n/use-error-text';
import { useSettingsStore } from './settings-store';
import { RadioGroup } from '../components/RadioGroup';

type Draft = Record<DatevField, string>;

const FIELDS: readonly DatevField[] = [
  'creditorAccount',
  'expenseAccount',
  'consultantNumber',
  'clientNumber',
];
/** the header numbers may stay blank: the advisor fills them in DATEV then */
const OPTIONAL: ReadonlySet<DatevField> = new Set(['consultantNumber', 'clientNumber']);
const KEYS: readonly (keyof Settings)[] = [
  'datevChart',
  'datevCreditorAccount',
  'datevExpenseAccount',
  'datevConsultantNumber',
  'datevClientNumber',
];
const CHART_GROUP = 'settings-datev-chart';

function draftOf(settings: Settings): Draft {
  return {
    creditorAccount: settings.datevCreditorAccount,
    expenseAccount: settings.datevExpenseAccount,
    consultantNumber: settings.datevConsultantNumber,
    clientNumber: settings.datevClientNumber,
  };
}

/**
 * A chart switch brings its default accounts, but only into fields that still hold the old
 * chart's default (or nothing): an account the person typed is theirs and stays.
 */
export function switchChart(draft: Draft, from: DatevChart, to: DatevChart): Draft {
  const next = { ...draft };
  for (const field of ['creditorAccount', 'expenseAccount'] as const) {
    const value = draft[field].trim();
    if (value === '' || value === DATEV_DEFAULTS[from][field])
      next[field] = DATEV_DEFAULTS[to][field];
  }
  return next;
}

/** The fields that cannot be saved as typed (blank is fine for the header numbers). */
export function datevProblems(draft: Draft): DatevField[] {
  return FIELDS.filter((field) => {
    const value = draft[field].trim();
    if (value === '') return !OPTIONAL.has(field);
    return !checkDatevField(field, value);
  });
}

/**
 * "DATEV-Export": the chart of accounts, the provider's creditor account, the expense account
 * and the header's consultant and client numbers of the Buchungsstapel in the year archive.
 * Saved together; a field that does not fit says so at itself and keeps what was typed.
 */
export function DatevSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const outcome = useSettingsStore((s) => s.outcome);
  const [chart, setChart] = useState<DatevChart>(settings.datevChart);
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  const [shown, setShown] = useState<ReadonlySet<DatevField>>(new Set());
  const mine = outcome !== null && KEYS.includes(outcome.key) ? outcome : null;

  const problems = new Set(datevProblems(draft));
  const edit = (field: DatevField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    // the error goes once the field is right again; a new one waits for the next save
    setShown((s) => new Set([...s].filter((f) => f !== field)));
  };

  const submit = () => {
    const bad = datevProblems(draft);
    setShown(new Set(bad));
    if (bad.length > 0) {
      document.getElementById(`settings-datev-${bad[0]}`)?.focus();
      return;
    }
    const trimmed = Object.fromEntries(FIELDS.map((f) => [f, draft[f].trim()])) as Draft;
    setDraft(trimmed);
    void useSettingsStore.getState().save({
      datevChart: chart,
      datevCreditorAccount: trimmed.creditorAccount,
      datevExpenseAccount: trimmed.expenseAccount,
      datevConsultantNumber: trimmed.consultantNumber,
      datevClientNumber: trimmed.clientNumber,
    });
  };

  return (
    <section className="card settings__section" aria-labelledby="settings-datev-title">
      <h2 id="settings-datev-title">{t('settings.datev.title')}</h2>
      <p>{t('settings.datev.intro')}</p>
      <form
        className="form"
        noValidate
        aria-labelledby="settings-datev-title"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <RadioGroup
          look="settings"
          name={CHART_GROUP}
          legend={t('settings.datev.chart')}
          value={chart}
          options={DATEV_CHARTS}
          optionLabel={(option) => t(`settings.datev.charts.${option}`)}
          onChange={(option) => {
            setDraft((d) => switchChart(d, chart, option));
            setChart(option);
          }}
        />
        {FIELDS.map((field) => (
          <TextField
            key={field}
            id={`settings-datev-${field}`}
            label={t(`settings.datev.${field}.label`)}
            hint={t(`settings.datev.${field}.hint`)}
            value={draft[field]}
            inputMode="numeric"
            autoComplete="off"
            onValueChange={(value) => edit(field, value)}
            error={
              shown.has(field) && problems.has(field)
                ? t(`settings.datev.${field}.invalid`)
                : undefined
            }
          />
        ))}
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            {t('settings.datev.save')}
          </button>
        </div>
      </form>
      <p className="settings__outcome" role="status">
        {mine && !mine.error ? t('settings.saved') : null}
      </p>
      {mine?.error ? (
        <p className="form-error" role="alert">
          {errorText(mine.error)}
        </p>
      ) : null}
    </section>
  );
}
