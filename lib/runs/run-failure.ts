/** Why a run ended early: the `failed` event's code and a message a presenter can act on. */
import { CANCELLED_CODE } from './run-handle';

export interface RunFailure {
  /** cancelled | unauthorized | unreachable | timeout | http | contract | bronze_unavailable | internal */
  code: string;
  message: string;
}

export function cancelledFailure(): RunFailure {
  return { code: CANCELLED_CODE, message: 'The run was cancelled.' };
}

export function internalFailure(): RunFailure {
  return { code: 'internal', message: 'The run stopped on an internal error; see the server log.' };
}
