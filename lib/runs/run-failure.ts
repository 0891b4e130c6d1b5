/** Why a run ended early: the `failed` event's code and a message a presenter can act on. */
import type { RunFailureCode } from '../api-contract';
import { CANCELLED_CODE } from './run-handle';

export interface RunFailure {
  code: RunFailureCode;
  message: string;
}

export function cancelledFailure(): RunFailure {
  return { code: CANCELLED_CODE, message: 'The run was cancelled.' };
}

export function internalFailure(): RunFailure {
  return { code: 'internal', message: 'The run stopped on an internal error; see the server log.' };
}
