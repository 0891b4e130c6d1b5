/**
 * The Host header's grammar (RFC 9110 §7.2: uri-host [":" port]) and the built-in names this
 * server answers to. Strict on purpose: anything but a name, a dotted IPv4 or a bracketed IPv6
 * (userinfo, paths, spaces, percent-escapes) is not a Host a browser sends, so it is refused.
 */

/** A host name or dotted IPv4 (`pi-demo.corp.example`, `10.0.0.5`), or a bracketed IPv6 (`[::1]`). */
export const HOST_NAME_PATTERN = /^(?:\[[0-9a-f:.]+\]|[a-z0-9_](?:[a-z0-9_.-]{0,251}[a-z0-9_])?)$/i;

const HOST_HEADER_PATTERN = /^(\[[0-9a-f:.]+\]|[a-z0-9_](?:[a-z0-9_.-]{0,251}[a-z0-9_])?)(?::(\d{1,5}))?$/i;

/** Loopback under the names a presenter's browser uses for it; any port. */
export const LOOPBACK_HOST_NAMES: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

export interface HostHeader {
  /** Lower-cased; an IPv6 address keeps its brackets. */
  hostname: string;
  /** '' when the header names none. */
  port: string;
}

/** The parts of a Host header, or null when it is absent or not `host[:port]`. */
export function parseHostHeader(value: string | null): HostHeader | null {
  if (value === null) return null;
  const match = HOST_HEADER_PATTERN.exec(value);
  if (!match) return null;
  const [, hostname = '', port = ''] = match;
  if (port !== '' && Number(port) > 65_535) return null;
  return { hostname: hostname.toLowerCase(), port };
}
