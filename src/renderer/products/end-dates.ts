/** The end dates the cancellation page offers, from the one shared rule. */
import { addDays, earliestEndDate, termEnds } from '../../shared/products/cancellation-date';
import type { ContractTerms } from '../../shared/products/types';

export interface EndDateChoices {
  /** the earliest regular end date for a cancellation sent today */
  earliest: string;
  /** the last day that reaches `earliest` */
  noticeDeadline: string;
  /** `earliest` and the term ends after it */
  choices: string[];
}

/** The earliest regular end date as of `today` and `count` term ends from it on. */
export function endDateChoices(terms: ContractTerms, today: string, count = 4): EndDateChoices {
  const { endDate, noticeDeadline } = earliestEndDate(terms, today);
  return { earliest: endDate, noticeDeadline, choices: termEnds(terms, { from: endDate, count }) };
}

/** The first day an extraordinary cancellation may end a contract: tomorrow. */
export function firstExtraordinaryDay(today: string): string {
  return addDays(today, 1);
}
