import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validateZone } from '../../shared/domains/dns-rules';
import type { DnsIssue, DnsRecord, DnsZone } from '../../shared/domains/types';
import { LoadState } from '../billing/LoadState';
import { SyncedAt } from '../billing/SyncedAt';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormError } from '../components/FormError';
import { NeedsConnection } from '../components/NeedsConnection';
import { useOnline } from '../components/use-online';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';
import { hrefOf } from '../router/routes';
import { DnsFilter, filterRecords, NO_FILTER, type RecordFilter } from './DnsFilter';
import { fieldId, OFFLINE_ID, RecordRow, visibleField } from './DnsRecordRow';
import { DnsZoneFile } from './DnsZoneFile';
import { recordLine } from './dns-text';
import { useZone } from './domains-stores';
import { dnsRoute, domainRoute } from './routes';
import { useLeaveGuard } from './use-leave-guard';
import { ViewTitle } from './ViewTitle';
import {
  draftReducer,
  pendingCount,
  startDraft,
  type DraftAction,
  type ZoneConflict,
} from './zone-draft';

/** "DNS-Einträge": the zone's records, edited in place and saved as one change. */
export function DnsEditorView({ name }: { name: string }) {
  const { t } = useTranslation();
  const item = useZone(name);
  return (
    <>
      <p>
        <a href={hrefOf(domainRoute(name))}>{t('domains.dns.backToDomain', { domain: name })}</a>
      </p>
      <ViewTitle>{t('domains.dns.title', { domain: name })}</ViewTitle>
      <LoadState state={item} retry={item.reload}>
        {(zone, syncedAt) => (
          <>
            <Editor zone={zone} onSaved={(saved) => item.updateData(() => saved)} />
            <SyncedAt time={syncedAt} />
          </>
        )}
      </LoadState>
    </>
  );
}

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid'; count: number }
  | { kind: 'error'; error: AppError };

function Editor({ zone, onSaved }: { zone: DnsZone; onSaved: (zone: DnsZone) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const online = useOnline();
  const [draft, dispatch] = useReducer(draftReducer, zone, startDraft);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [filter, setFilter] = useState<RecordFilter>(NO_FILTER);
  // the record just added: scrolled to and given the focus once it is rendered
  const added = useRef<string | null>(null);
  const domain = zone.domain;

  // a newer zone from sync is taken while nothing is edited
  useEffect(() => dispatch({ type: 'synced', zone }), [zone]);

  useEffect(() => {
    if (added.current === null) return;
    const first = document.getElementById(fieldId(added.current, 'type'));
    if (!first) return;
    added.current = null;
    first.scrollIntoView?.({ block: 'center' });
    first.focus({ preventScroll: true });
  }, [draft.records]);
  const shown = useMemo(() => filterRecords(draft.records, filter), [draft.records, filter]);

  const liveIssues = useMemo(() => validateZone(domain, draft.records), [domain, draft.records]);
  const issues = useMemo(() => {
    const seen = new Set(liveIssues.map((i) => `${i.recordId} ${i.field} ${i.code}`));
    const present = new Set(draft.records.map((r) => r.id));
    const server = draft.serverIssues.filter(
      (i) => present.has(i.recordId) && !seen.has(`${i.recordId} ${i.field} ${i.code}`),
    );
    return [...liveIssues, ...server];
  }, [liveIssues, draft.serverIssues, draft.records]);
  const byRecord = useMemo(() => {
    const map = new Map<string, DnsIssue[]>();
    for (const issue of issues)
      map.set(issue.recordId, [...(map.get(issue.recordId) ?? []), issue]);
    return map;
  }, [issues]);
  const clashes = useMemo(
    () => new Map(draft.clashes.map((c) => [c.recordId, c])),
    [draft.clashes],
  );
  const pending = useMemo(() => pendingCount(draft), [draft]);
  const stays = useCallback((path: string) => path === dnsRoute(domain), [domain]);
  const guard = useLeaveGuard(pending > 0, stays);
  const disabled = !online || save.kind === 'saving';
  const act = useCallback((action: DraftAction) => {
    setSave({ kind: 'idle' });
    dispatch(action);
  }, []);

  const submit = async () => {
    if (issues.length > 0) {
      setSave({ kind: 'invalid', count: issues.length });
      const first = issues[0]!;
      document.getElementById(fieldId(first.recordId, visibleField(draft.records, first)))?.focus();
      return;
    }
    setSave({ kind: 'saving' });
    try {
      const result = await call('dns:save', {
        name: domain,
        baseEtag: draft.base.etag,
        records: draft.records,
      });
      if (result.status === 'saved') {
        dispatch({ type: 'saved', zone: result.zone });
        onSaved(result.zone);
        setSave({ kind: 'saved' });
      } else if (result.status === 'invalid') {
        dispatch({ type: 'invalid', issues: result.issues });
        setSave({ kind: 'invalid', count: result.issues.length });
      } else {
        dispatch({ type: 'conflict', theirs: result.theirs });
        setSave({ kind: 'idle' });
      }
    } catch (thrown) {
      setSave({ kind: 'error', error: AppError.from(thrown) });
    }
  };

  return (
    <>
      {online ? null : <NeedsConnection id={OFFLINE_ID} />}
      {draft.conflict ? (
        <ConflictPanel
          conflict={draft.conflict}
          base={draft.base.records}
          onReapply={() => act({ type: 'reapply' })}
          onDiscard={() => act({ type: 'discard' })}
        />
      ) : null}
      {draft.clashes.length > 0 ? (
        <p className="notice notice--warning" data-testid="dns-clashes">
          {t('domains.dns.clashes', { count: draft.clashes.length })}
        </p>
      ) : null}
      <div className="dns-toolbar">
        <button
          type="button"
          className="button button--secondary"
          disabled={disabled}
          aria-describedby={online ? undefined : OFFLINE_ID}
          onClick={() => {
            // a filter could hide the new row: it is cleared so the row is there to type in
            setFilter(NO_FILTER);
            added.current = `new-${draft.nextId}`;
            act({ type: 'add' });
          }}
        >
          {t('domains.dns.add')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={disabled || draft.undo.length === 0}
          onClick={() => act({ type: 'undo' })}
        >
          {t('domains.dns.undo')}
        </button>
        <p className="dns-toolbar__pending" role="status" data-testid="dns-pending">
          {pending > 0 ? t('domains.dns.pending', { count: pending }) : t('domains.dns.noPending')}
        </p>
        <button
          type="button"
          className="button button--primary"
          disabled={disabled || pending === 0 || draft.conflict !== null}
          aria-describedby={online ? undefined : OFFLINE_ID}
          onClick={() => void submit()}
        >
          {t('domains.dns.save')}
        </button>
      </div>
      <DnsZoneFile
        domain={domain}
        records={draft.records}
        disabled={disabled}
        onImport={(records) => {
          setFilter(NO_FILTER);
          act({ type: 'import', records });
        }}
      />
      <div role="status" data-testid="dns-save-result">
        {save.kind === 'saved' ? (
          <p className="notice notice--success">{t('domains.dns.saved')}</p>
        ) : null}
      </div>
      {save.kind === 'invalid' ? (
        <FormError>{t('domains.dns.fixFirst', { count: save.count })}</FormError>
      ) : null}
      {save.kind === 'error' ? <FormError>{errorText(save.error)}</FormError> : null}
      {draft.records.length === 0 ? (
        <p className="notice">{t('domains.dns.empty')}</p>
      ) : (
        <DnsFilter
          filter={filter}
          onChange={setFilter}
          shown={shown.length}
          total={draft.records.length}
        />
      )}
      <div className="table-wrap">
        <table className="data-table dns-table" data-help-target="dns-editor">
          <caption className="visually-hidden">{t('domains.dns.tableLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('domains.dns.field.type')}</th>
              <th scope="col">{t('domains.dns.field.name')}</th>
              <th scope="col">{t('domains.dns.field.value')}</th>
              <th scope="col">{t('domains.dns.field.ttl')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('domains.dns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ record, row }) => (
              <RecordRow
                key={record.id}
                record={record}
                row={row}
                issues={byRecord.get(record.id)}
                clash={clashes.get(record.id)}
                disabled={disabled}
                offline={!online}
                dispatch={act}
              />
            ))}
          </tbody>
        </table>
      </div>
      {guard.target !== null ? (
        <ConfirmDialog
          title={t('domains.dns.leaveTitle')}
          confirmLabel={t('domains.dns.leave')}
          cancelLabel={t('domains.dns.stay')}
          onConfirm={guard.leave}
          onCancel={guard.stay}
        >
          <p>{t('domains.dns.leaveText', { count: pending })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

/** What someone else saved meanwhile, with the choice to re-apply one's own edits on it. */
function ConflictPanel({
  conflict,
  base,
  onReapply,
  onDiscard,
}: {
  conflict: ZoneConflict;
  base: readonly DnsRecord[];
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const { added, removed, changed } = conflict.theirChanges;
  const byId = new Map(base.map((r) => [r.id, r]));
  return (
    <section className="dns-conflict" role="alert" aria-labelledby="dns-conflict-title">
      <h3 id="dns-conflict-title">{t('domains.dns.conflict.title')}</h3>
      <p>{t('domains.dns.conflict.text')}</p>
      <ul data-testid="dns-their-changes">
        {added.map((r) => (
          <li key={`a-${r.id}`}>{t('domains.dns.conflict.added', { record: recordLine(r) })}</li>
        ))}
        {removed.map((id) => {
          const r = byId.get(id);
          return (
            <li key={`r-${id}`}>
              {t('domains.dns.conflict.removed', { record: r ? recordLine(r) : id })}
            </li>
          );
        })}
        {changed.map((r) => (
          <li key={`c-${r.id}`}>{t('domains.dns.conflict.changed', { record: recordLine(r) })}</li>
        ))}
      </ul>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={onReapply}>
          {t('domains.dns.conflict.reapply')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDiscard}>
          {t('domains.dns.conflict.discard')}
        </button>
      </div>
    </section>
  );
}
