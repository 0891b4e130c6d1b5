/**
 * Text a remote server wrote (PI error strings, point and server names, a 401's reason) as it may
 * reach a presenter's screen (issue 11, finding 3): one line, no control or bidi-override
 * characters, at most MAX_REMOTE_TEXT_CHARS. HTML needs no escaping here: it travels as JSON
 * and React renders it as text.
 */
import { describeConnectorError, type ConnectorError } from '../connector';

export const MAX_REMOTE_TEXT_CHARS = 200;

// C0 and C1 controls, DEL, line/paragraph separators, and the bidi marks and overrides that can
// make a message read differently from what it says (CVE-2021-42574).
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

export function boundRemoteText(text: string, maxChars: number = MAX_REMOTE_TEXT_CHARS): string {
  const flat = text.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim();
  // Array.from counts code points, so a cut never splits a surrogate pair.
  const chars = Array.from(flat);
  return chars.length > maxChars ? `${chars.slice(0, maxChars).join('')}…` : flat;
}

/** The error with every server-supplied text bounded; URLs and codes are ours and stay. */
export function boundConnectorError(error: ConnectorError): ConnectorError {
  switch (error.kind) {
    case 'http':
      return { ...error, piErrors: error.piErrors.length > 0 ? [boundRemoteText(error.piErrors.join('; '))] : [] };
    case 'unauthorized':
      return { ...error, message: boundRemoteText(error.message) };
    case 'contract':
      return { ...error, issues: boundRemoteText(error.issues) };
    case 'negotiate':
      return { ...error, detail: boundRemoteText(error.detail) };
    default:
      return error;
  }
}

/**
 * describeConnectorError over the bounded error: what run failures and connection tests show.
 * The hints name the Connection page, where the dashboard's server is entered, not PI_BASE_URL.
 */
export function describeRemoteFailure(error: ConnectorError): string {
  return describeConnectorError(boundConnectorError(error), { configuredOn: 'the Connection page' });
}
