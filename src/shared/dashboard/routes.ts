/** Where the Übersicht shows one provider notice: "#/?notice=<id>" (a system notification's click). */
export const NOTICE_PARAM = 'notice';

export function noticeRoute(id: string): string {
  return `/?${NOTICE_PARAM}=${encodeURIComponent(id)}`;
}
