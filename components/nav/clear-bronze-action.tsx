'use client';

import { useId, useRef, useState } from 'react';
import { ErrorNotice } from '../ui/error-notice';
import { useClearBronze } from './use-clear-bronze';

/**
 * "Clear bronze and history…" beside the History heading, where a presenter looks to reset the
 * demo. A native modal <dialog> asks first (it keeps focus inside and closes on Escape); focus
 * starts on Cancel, the safe answer, and returns to the trigger when the dialog closes.
 */
export function ClearBronzeAction() {
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();
  const clear = useClearBronze();
  const [cleared, setCleared] = useState(false);

  function open(): void {
    clear.reset();
    setCleared(false);
    dialog.current?.showModal();
    cancel.current?.focus();
  }

  function confirm(): void {
    clear.mutate(undefined, {
      onSuccess: () => {
        setCleared(true);
        dialog.current?.close();
      },
    });
  }

  return (
    <div className="clear-action">
      <p className="clear-status" role="status">
        {cleared ? 'Bronze and history cleared.' : ''}
      </p>
      <button ref={trigger} type="button" className="button button-secondary clear-trigger" aria-haspopup="dialog" onClick={open}>
        Clear bronze and history…
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={titleId} aria-describedby={textId} onClose={() => trigger.current?.focus()}>
        <h2 id={titleId} className="confirm-title">
          Clear bronze and history?
        </h2>
        <p id={textId}>
          Deletes every landed value, tag, AF element and event frame, the checkpoints and the run history, on every
          page. The next run reads its whole window again. This cannot be undone.
        </p>
        {clear.error ? <ErrorNotice title="Nothing was cleared" message={clear.error.message} /> : null}
        <div className="confirm-actions">
          <button ref={cancel} type="button" className="button button-secondary" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="button" className="button button-danger" onClick={confirm} disabled={clear.isPending}>
            {clear.isPending ? 'Clearing…' : 'Clear bronze and history'}
          </button>
        </div>
      </dialog>
    </div>
  );
}
