/**
 * How the person left the lists and notices of the window, kept in the settings so it
 * survives a restart: each sortable list's column and direction, and the keychain notice
 * dismissed per sign-in account.
 */

/** The lists whose order the person chooses by column. */
export const SORTABLE_LISTS = ['invoices', 'contracts', 'domains', 'tickets'] as const;
export type SortableList = (typeof SORTABLE_LISTS)[number];

export type SortDirection = 'asc' | 'desc';

/** A column of a list (its key, as the list names it) and the direction. */
export interface ListSort {
  key: string;
  dir: SortDirection;
}

export type ListSorts = Partial<Record<SortableList, ListSort>>;

/** What the renderer restores: the sort of each list, and whether this account hid the notice. */
export interface ViewState {
  sorts: ListSorts;
  /** the signed-in account dismissed "Kein Schlüsselbund" on this device */
  vaultNoticeDismissed: boolean;
}

/** a column key: letters and digits, as the renderer's list definitions name them */
export const SORT_KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9]{0,31}$/;
/** how many accounts' dismissals the settings keep (the oldest is forgotten first) */
export const DISMISSED_NOTICES_MAX = 20;
