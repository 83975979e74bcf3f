/**
 * Provider notices: maintenance windows and incidents that touch a customer's contracts or
 * domains. The shapes of the API (server/openapi/notices.yaml) and of the IPC channels alike.
 * Times ISO 8601 UTC.
 */

export const NOTICE_KINDS = ['maintenance', 'incident'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const NOTICE_STATES = ['planned', 'active', 'resolved'] as const;
export type NoticeState = (typeof NOTICE_STATES)[number];

export interface LocalizedText {
  de: string;
  en: string;
}

export interface Notice {
  id: string;
  kind: NoticeKind;
  state: NoticeState;
  title: LocalizedText;
  body: LocalizedText;
  startsAt: string;
  /** null while an incident's end is not known */
  endsAt: string | null;
  /** names no contract or domain: it concerns every customer */
  general: boolean;
  /** the customer's contracts it touches; present only for users with the `contracts` right */
  contractIds?: string[];
  /** the customer's domains it touches; present only for users with the `domains` right */
  domains?: string[];
  updatedAt: string;
}

/** Newest first, as the server sorts (ids grow with every notice posted). */
export function compareNotices(a: Notice, b: Notice): number {
  return Number(b.id) - Number(a.id) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}
