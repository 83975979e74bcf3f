/** The screen of each available menu entry. */
import type { ComponentType } from 'react';
import { BillingScreen } from '../billing/BillingScreen';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import type { MenuId } from './menu';

export const SCREENS: Partial<Record<MenuId, ComponentType>> = {
  dashboard: DashboardScreen,
  billing: BillingScreen,
};
