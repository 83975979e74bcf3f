/** The settings screen's route; reached from the header's gear link and the app menu. */
export const SETTINGS_ROUTE = '/settings';

export function isSettingsRoute(path: string): boolean {
  return path === SETTINGS_ROUTE;
}
