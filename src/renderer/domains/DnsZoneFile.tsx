import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validateZone } from '../../shared/domains/dns-rules';
import type { DnsRecord } from '../../shared/domains/types';
import {
  parseZoneFile,
  type ParsedZoneFile,
  type ZoneFileRecord,
} from '../../shared/domains/zone-file';
import { FormError } from '../components/FormError';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';
import { codeText, dnsIssueText, recordLine } from './dns-text';

/** a zone file is text of a few kilobytes; anything far larger is not one */
const FILE_MAX_BYTES = 1024 * 1024;

interface Preview {
  fileName: string;
  parsed: ParsedZoneFile;
  /** what the shared DNS rules say about the records read, each with its line */
  ruleIssues: { line: number; record: ZoneFileRecord; text: string }[];
}

/**
 * Import and export of a BIND zone file. An imported file is read and checked by the shared
 * rules first and every issue listed with its line; only "Übernehmen" puts its records into
 * the editor, and only "Änderungen speichern" there sends them. Export writes the records shown
 * through main's "Speichern unter".
 */
export function DnsZoneFile({
  domain,
  records,
  disabled,
  onImport,
}: {
  domain: string;
  records: readonly DnsRecord[];
  disabled: boolean;
  onImport: (records: Omit<DnsRecord, 'id'>[]) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [exported, setExported] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const read = async (file: File) => {
    setProblem(null);
    setExported(false);
    if (file.size > FILE_MAX_BYTES) {
      setProblem(t('layout.zoneFile.tooLarge'));
      return;
    }
    const parsed = parseZoneFile(domain, await file.text());
    const withIds = parsed.records.map((r) => ({ ...r, id: `line-${r.line}` }));
    const byId = new Map(withIds.map((r) => [r.id, r]));
    const ruleIssues = validateZone(domain, withIds).map((issue) => {
      const record = byId.get(issue.recordId)!;
      return { line: record.line, record, text: dnsIssueText(t, issue) };
    });
    setPreview({ fileName: file.name, parsed, ruleIssues });
  };

  const exportZone = async () => {
    setError(null);
    setExported(false);
    try {
      const { saved } = await call('dns:exportZone', { name: domain, records: [...records] });
      setExported(saved);
    } catch (thrown) {
      setError(AppError.from(thrown));
    }
  };

  const take = () => {
    if (!preview) return;
    onImport(preview.parsed.records.map(({ line: _line, ...record }) => record));
    setPreview(null);
  };

  const issueCount = preview ? preview.parsed.issues.length + preview.ruleIssues.length : 0;
  return (
    <div className="dns-zone-file">
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={disabled || undefined}
          onClick={() => {
            if (!disabled) input.current?.click();
          }}
        >
          {t('layout.zoneFile.import')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".zone,.txt,.db,text/plain"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="zone-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void read(file);
          }}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void exportZone()}
        >
          {t('layout.zoneFile.export')}
        </button>
        <p className="dns-zone-file__status" role="status">
          {exported ? t('layout.zoneFile.exported') : null}
        </p>
      </div>
      {problem ? <FormError>{problem}</FormError> : null}
      {error ? <FormError>{errorText(error)}</FormError> : null}
      {preview ? (
        <section
          className="dns-zone-preview"
          aria-labelledby="zone-preview-title"
          data-testid="zone-preview"
        >
          <h3 id="zone-preview-title">
            {t('layout.zoneFile.previewTitle', { file: preview.fileName })}
          </h3>
          <p>
            {t('layout.zoneFile.read', { count: preview.parsed.records.length })}
            {preview.parsed.skipped > 0
              ? ` ${t('layout.zoneFile.skippedSoa', { count: preview.parsed.skipped })}`
              : ''}
          </p>
          {issueCount > 0 ? (
            <>
              <p className="dns-zone-preview__warning">
                {t('layout.zoneFile.issues', { count: issueCount })}
              </p>
              <ul data-testid="zone-issues">
                {preview.parsed.issues.map((issue, i) => (
                  <li key={`f${i}`}>
                    {t('layout.zoneFile.line', { line: issue.line })}{' '}
                    {codeText(
                      t,
                      `layout.zoneFile.errors.${issue.code}`,
                      t('layout.zoneFile.errors.syntax'),
                      {
                        detail: issue.detail ?? '',
                      },
                    )}
                  </li>
                ))}
                {preview.ruleIssues.map((issue, i) => (
                  <li key={`r${i}`}>
                    {t('layout.zoneFile.line', { line: issue.line })}{' '}
                    <span className="mono">{recordLine({ ...issue.record, id: '' })}</span>
                    {': '}
                    {issue.text}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('layout.zoneFile.noIssues')}</p>
          )}
          <p className="meta">{t('layout.zoneFile.replaces', { count: records.length })}</p>
          <div className="form__actions">
            <button
              type="button"
              className="button button--primary"
              aria-disabled={preview.parsed.records.length === 0 || undefined}
              onClick={() => {
                if (preview.parsed.records.length > 0) take();
              }}
            >
              {t('layout.zoneFile.take', { count: preview.parsed.records.length })}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setPreview(null)}
            >
              {t('layout.zoneFile.discard')}
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
