/**
 * A state-changing request must say `Content-Type: application/json`. A browser sends
 * text/plain, form or multipart bodies across sites without a CORS preflight; JSON needs one,
 * which this server never grants. A DELETE without a body has no type to check.
 */
import { echoHeader, type RequestRefusal } from './request-refusal';

/** True when the headers announce a body: a non-zero Content-Length or a Transfer-Encoding. */
function announcesBody(headers: Headers): boolean {
  const length = headers.get('content-length');
  return headers.has('transfer-encoding') || (length !== null && length.trim() !== '0');
}

export function checkJsonContentType(method: string, headers: Headers): RequestRefusal | null {
  if (method.toUpperCase() === 'DELETE' && !announcesBody(headers)) return null;
  const value = headers.get('content-type');
  const mediaType = value?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType === 'application/json') return null;
  return {
    code: 'unsupported_media_type',
    message: `content-type: expected application/json, got ${mediaType === '' ? 'none' : echoHeader(mediaType)}`,
  };
}
