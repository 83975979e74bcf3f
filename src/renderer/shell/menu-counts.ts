/**
 * The menu's attention counts, taken from the Übersicht's figures (dashboard:overview) so the
 * menu and the cards never disagree: nothing is counted twice.
 */
import type { DashboardOverview } from '../../shared/dashboard/types';
import { useOverviewStore } from '../dashboard/overview-store';
import type { MenuId } from './menu';

export interface MenuCount {
  value: number;
  /** unread: staff replies not read yet; overdue: invoices past their due date */
  kind: 'unread' | 'overdue';
}

/** The counts per menu entry; an entry is missing when nothing needs attention there. */
export function menuCounts(overview: DashboardOverview | null): Partial<Record<MenuId, MenuCount>> {
  const counts: Partial<Record<MenuId, MenuCount>> = {};
  const support = overview?.support;
  if (support?.status === 'ready' && support.data.unreadCount > 0) {
    counts.support = { value: support.data.unreadCount, kind: 'unread' };
  }
  const billing = overview?.openAmount;
  if (billing?.status === 'ready' && billing.data.overdueCount > 0) {
    counts.billing = { value: billing.data.overdueCount, kind: 'overdue' };
  }
  return counts;
}

export function useMenuCounts(): Partial<Record<MenuId, MenuCount>> {
  return menuCounts(useOverviewStore((s) => s.overview));
}
