/**
 * DNS rebinding defence: a page on evil.example whose name is re-pointed at 127.0.0.1 reaches
 * this server as same-origin, but its requests still say `Host: evil.example`. Only the loopback
 * names and ALLOWED_HOSTS are answered, under any port.
 */
import { LOOPBACK_HOST_NAMES, parseHostHeader } from './host-header';
import { echoHeader, type RequestRefusal } from './request-refusal';

/** Null when the Host header names this server; else the 421 refusal. `allowedHosts`: lower-cased names. */
export function checkHost(value: string | null, allowedHosts: readonly string[]): RequestRefusal | null {
  if (value === null) return { code: 'misdirected_request', message: 'host: the request names no host' };
  const host = parseHostHeader(value);
  if (host === null) return { code: 'misdirected_request', message: `host: ${echoHeader(value)} is not a valid host[:port]` };
  if (LOOPBACK_HOST_NAMES.includes(host.hostname) || allowedHosts.includes(host.hostname)) return null;
  return { code: 'misdirected_request', message: `host: ${host.hostname} is not a name this server answers to; add it to ALLOWED_HOSTS` };
}
