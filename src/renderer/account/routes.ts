/**
 * The hash routes of "Kundeninformationen", apart from the screen so the help articles can
 * name them without pulling the screen out of its lazy chunk.
 */
export const ACCOUNT_ROUTES = {
  data: '/customer-information',
  verification: '/customer-information/verification',
} as const;
