/** The Kosten view's period: kept while the person opens an invoice and comes back. */
import { create } from 'zustand';

export interface CostsPeriod {
  /** YYYY-MM-DD as the date inputs give it ('' while a field is empty) */
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Today on this device's calendar. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** This year so far: what a person looks at first. */
export function defaultPeriod(now = new Date()): CostsPeriod {
  return { from: `${now.getFullYear()}-01-01`, to: localToday(now) };
}

export type PeriodProblem = 'from_missing' | 'to_missing' | 'range_reversed';

/** What keeps the period from being asked for, each answered at its field. */
export function periodProblems(period: CostsPeriod): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  if (period.from === '') problems.push('from_missing');
  if (period.to === '') problems.push('to_missing');
  if (period.from !== '' && period.to !== '' && period.to < period.from) {
    problems.push('range_reversed');
  }
  return problems;
}

export const useCostsPeriod = create<CostsPeriod & { set: (p: Partial<CostsPeriod>) => void }>()(
  (set) => ({ ...defaultPeriod(), set: (patch) => set(patch) }),
);

export function resetCostsPeriod(): void {
  useCostsPeriod.setState(defaultPeriod());
}
