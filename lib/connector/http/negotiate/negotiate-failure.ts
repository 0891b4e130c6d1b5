/**
 * A Negotiate failure thrown out of the transport's `request()`: the HTTP exchange (send-once)
 * turns it into the typed `negotiate` ConnectorError instead of a network error, and never retries it.
 */
import type { NegotiateFailureInfo } from './negotiate-reason';

export class NegotiateFailure extends Error {
  constructor(readonly info: NegotiateFailureInfo) {
    super(`Negotiate ${info.reason}: ${info.detail}`);
    this.name = 'NegotiateFailure';
  }
}
