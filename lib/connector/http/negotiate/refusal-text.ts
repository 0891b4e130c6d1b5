/**
 * The server's words in a 401 body (PI's `{"Errors":[...]}`, or plain text), read whole so the
 * connection stays usable, bounded to one short line for an error message.
 */
import type { Dispatcher } from 'undici';
import { decodeBody } from '../decode-body';

const MAX_CHARS = 200;

export async function refusalText(response: Dispatcher.ResponseData): Promise<string> {
  const wire = Buffer.from(await response.body.arrayBuffer());
  const encoding = response.headers['content-encoding'];
  const decoded = await decodeBody(wire, Array.isArray(encoding) ? encoding.join(', ') : encoding);
  if (!decoded.ok) return '';
  const text = decoded.value.toString('utf8');
  let said = text;
  try {
    const json: unknown = JSON.parse(text);
    if (typeof json === 'object' && json !== null && 'Errors' in json && Array.isArray(json.Errors)) said = json.Errors.filter((e) => typeof e === 'string').join('; ');
  } catch {
    // Not JSON: the raw text is what the server said.
  }
  const flat = said.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return flat.length > MAX_CHARS ? `${flat.slice(0, MAX_CHARS)}…` : flat;
}
