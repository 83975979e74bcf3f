import type { ReactNode } from 'react';
import { OnlineOnlyButton } from './OnlineOnlyButton';

interface SubmitCancelProps {
  /** the id of the NeedsConnection text that says why sending waits */
  offlineReasonId: string;
  busy: boolean;
  submit: ReactNode;
  cancel: ReactNode;
  onCancel: () => void;
}

/** A form's footer: its submit (muted offline, with the reason) and a way out without saving. */
export function SubmitCancel({
  offlineReasonId,
  busy,
  submit,
  cancel,
  onCancel,
}: SubmitCancelProps) {
  return (
    <div className="form__actions">
      <OnlineOnlyButton
        offlineReasonId={offlineReasonId}
        type="submit"
        className="button button--primary"
        busy={busy}
      >
        {submit}
      </OnlineOnlyButton>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}
