/** How DNS records and their issues read in the editor. */
import type { TFunction } from 'i18next';
import type { DnsIssue, DnsRecord } from '../../shared/domains/types';

/** The message of an issue at its field: `domains.dns.errors.<code>` with its params. */
export function dnsIssueText(t: TFunction, issue: DnsIssue): string {
  return codeText(t, `domains.dns.errors.${issue.code}`, t('domains.dns.errors.invalid'), {
    ...issue.params,
  });
}

type LooseT = (key: string, options: Record<string, unknown>) => string;

/**
 * The text of a key built from a code that arrives at run time (from the shared rules or
 * the server), or `fallback` for a code without a message.
 */
export function codeText(
  t: TFunction,
  key: string,
  fallback: string,
  params: Record<string, string | number>,
): string {
  return (t as unknown as LooseT)(key, { ...params, defaultValue: fallback });
}

/** "MX www → mail.example.de (10)": a record in one line, for lists of changes. */
export function recordLine(record: DnsRecord): string {
  const numbers = [record.priority, record.weight, record.port, record.flags]
    .filter((n) => n !== undefined)
    .join(' ');
  const tag = record.tag ? `${record.tag} ` : '';
  return `${record.type} ${record.name} → ${tag}${record.value}${numbers ? ` (${numbers})` : ''}`;
}
