/**
 * The few words main shows itself (tray, application menu, start-up errors), in the settings'
 * language. Kept as one small table here: main cannot load the renderer's i18next bundles, and
 * scattered literals drift. The menu names match the renderer's "menu.*" texts (tested).
 */
import type { Language } from '../../shared/domain';

export interface MainTexts {
  appName: string;
  tray: {
    open: string;
    syncNow: string;
    quit: string;
    /** the tray's tooltip; with unread answers it says how many */
    tooltip: (unread: number) => string;
  };
  menu: {
    file: string;
    settings: string;
    quit: string;
    edit: string;
    undo: string;
    redo: string;
    cut: string;
    copy: string;
    paste: string;
    selectAll: string;
    view: string;
    reload: string;
    resetZoom: string;
    zoomIn: string;
    zoomOut: string;
    fullscreen: string;
    go: string;
    search: string;
    window: string;
    minimize: string;
    close: string;
    help: string;
    helpArticles: string;
    about: string;
    hide: string;
    hideOthers: string;
    unhide: string;
    /** the menu screens, in the renderer's order */
    screens: Record<GoToScreen, string>;
  };
  errors: {
    insecureApi: (reason: string) => string;
    startFailed: string;
  };
}

export type GoToScreen =
  | 'dashboard'
  | 'billing'
  | 'products'
  | 'domains'
  | 'support'
  | 'customerInformation'
  | 'contacts'
  | 'users'
  | 'security'
  | 'help';

const DE: MainTexts = {
  appName: 'Kundencenter',
  tray: {
    open: 'Öffnen',
    syncNow: 'Jetzt synchronisieren',
    quit: 'Beenden',
    tooltip: (unread) =>
      unread === 0
        ? 'Kundencenter'
        : unread === 1
          ? 'Kundencenter – 1 ungelesene Antwort'
          : `Kundencenter – ${unread} ungelesene Antworten`,
  },
  menu: {
    file: 'Datei',
    settings: 'Einstellungen …',
    quit: 'Beenden',
    edit: 'Bearbeiten',
    undo: 'Rückgängig',
    redo: 'Wiederholen',
    cut: 'Ausschneiden',
    copy: 'Kopieren',
    paste: 'Einfügen',
    selectAll: 'Alles auswählen',
    view: 'Ansicht',
    reload: 'Neu laden',
    resetZoom: 'Originalgröße',
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    fullscreen: 'Vollbild',
    go: 'Gehe zu',
    search: 'Suchen …',
    window: 'Fenster',
    minimize: 'Minimieren',
    close: 'Schließen',
    help: 'Hilfe',
    helpArticles: 'Hilfe-Artikel',
    about: 'Über Kundencenter',
    hide: 'Kundencenter ausblenden',
    hideOthers: 'Andere ausblenden',
    unhide: 'Alle einblenden',
    screens: {
      dashboard: 'Übersicht',
      billing: 'Abrechnung',
      products: 'Produkte & Dienste',
      domains: 'Domains',
      support: 'Support',
      customerInformation: 'Kundeninformationen',
      contacts: 'Kontakte',
      users: 'Benutzerverwaltung',
      security: 'Sicherheit',
      help: 'Hilfe',
    },
  },
  errors: {
    insecureApi: (reason) =>
      `Die Verbindung zum Kundencenter ist unsicher eingestellt.\n\n${reason}`,
    startFailed: 'Das Kundencenter konnte nicht starten.',
  },
};

const EN: MainTexts = {
  appName: 'Kundencenter',
  tray: {
    open: 'Open',
    syncNow: 'Sync now',
    quit: 'Quit',
    tooltip: (unread) =>
      unread === 0
        ? 'Kundencenter'
        : unread === 1
          ? 'Kundencenter – 1 unread reply'
          : `Kundencenter – ${unread} unread replies`,
  },
  menu: {
    file: 'File',
    settings: 'Settings …',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    reload: 'Reload',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullscreen: 'Full screen',
    go: 'Go',
    search: 'Search …',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close',
    help: 'Help',
    helpArticles: 'Help articles',
    about: 'About Kundencenter',
    hide: 'Hide Kundencenter',
    hideOthers: 'Hide others',
    unhide: 'Show all',
    screens: {
      dashboard: 'Overview',
      billing: 'Billing',
      products: 'Products & services',
      domains: 'Domains',
      support: 'Support',
      customerInformation: 'Customer information',
      contacts: 'Contacts',
      users: 'User management',
      security: 'Security',
      help: 'Help',
    },
  },
  errors: {
    insecureApi: (reason) =>
      `The connection to the Kundencenter is set up insecurely.\n\n${reason}`,
    startFailed: 'The Kundencenter could not start.',
  },
};

const TEXTS: Readonly<Record<Language, MainTexts>> = { de: DE, en: EN };

/** The texts of a language; German for anything unknown (the app's default). */
export function mainTexts(language: string | undefined): MainTexts {
  return language === 'en' ? TEXTS.en : TEXTS.de;
}
