/**
 * A request refused on its headers before any route runs (DESIGN §8): the header at fault and
 * why. Rendered as the API's error body, or as PI's `{"Errors":[...]}` under /piwebapi, where
 * clients expect what a real PI Web API would send.
 */
import { errorResponse } from './error-response';

export type RefusalCode = 'forbidden' | 'unsupported_media_type' | 'misdirected_request';

export interface RequestRefusal {
  code: RefusalCode;
  /** `field: why`, the field being the header at fault (`host`, `origin`, `content-type`). */
  message: string;
}

export type RefusalStyle = 'api' | 'pi';

const PI_STATUS: Readonly<Record<RefusalCode, number>> = { forbidden: 403, unsupported_media_type: 415, misdirected_request: 421 };

/** Longest slice of a header echoed back: enough to recognise it, never a megabyte of it. */
const MAX_ECHOED_CHARS = 100;

/** Values that read unambiguously without quotes: a type, a host, an origin. */
const PLAIN_VALUE = /^[\w.+/:@[\]=-]+$/;

/**
 * A header value as it may appear in a message: bounded, and quoted as a JSON string (control
 * characters escaped, an empty value visible) unless it is a plain token.
 */
export function echoHeader(value: string): string {
  const bounded = value.length > MAX_ECHOED_CHARS ? `${value.slice(0, MAX_ECHOED_CHARS)}…` : value;
  return PLAIN_VALUE.test(value) && value.length <= MAX_ECHOED_CHARS ? bounded : JSON.stringify(bounded);
}

export function refusalResponse(refusal: RequestRefusal, style: RefusalStyle): Response {
  if (style === 'api') return errorResponse({ code: refusal.code, message: refusal.message });
  return Response.json({ Errors: [refusal.message] }, { status: PI_STATUS[refusal.code] });
}
