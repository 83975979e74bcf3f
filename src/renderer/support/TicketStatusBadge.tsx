import type { TicketStatus } from '../../shared/support/types';

/** A ticket's status in words (the colour only repeats what the text says); the caller translates. */
export function TicketStatusBadge({ status, label }: { status: TicketStatus; label: string }) {
  return (
    <span className={`badge badge--ticket-${status}`} data-testid="ticket-status">
      {label}
    </span>
  );
}
