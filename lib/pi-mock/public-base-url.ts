/**
 * The absolute base every link in a mock body starts with (`<origin>/piwebapi`, contract §1.2).
 * Links are followed by clients, so they must not be steerable by a request: a Host or
 * X-Forwarded-* header once put `javascript://evil.example/...` into every Links object (issue 11,
 * item 8). Order: a configured public URL; else, only behind a trusted proxy (TRUST_PROXY),
 * well-formed forwarded values; else the server's own origin.
 */
import { isIPv4, isIPv6 } from 'node:net';
import { z } from 'zod';

export const DEFAULT_MOUNT_PATH = '/piwebapi';

/** A public URL as configured (`--public-url`, MOCK_PI_PUBLIC_URL): http(s), no credentials, query or fragment. */
export const publicUrl = z.url({ protocol: /^https?$/, message: 'expected an http:// or https:// URL' }).refine(
  (raw) => {
    // zod runs this check even when the URL check above failed.
    if (!URL.canParse(raw)) return false;
    const url = new URL(raw);
    return url.username === '' && url.password === '' && url.search === '' && url.hash === '';
  },
  { message: 'expected a URL without credentials, query or fragment' },
);

export interface LinkBaseSources {
  /** A public URL validated by `publicUrl`; wins over everything else when set. */
  configured?: string | undefined;
  /** TRUST_PROXY: a proxy in front sets X-Forwarded-Proto / X-Forwarded-Host (and Host). */
  trustProxy: boolean;
  /** Request headers, names lower-cased. Read only when trustProxy is set. */
  headers: Readonly<Record<string, string | undefined>>;
  /** The server's own origin: its listening address, or the embedding app's request URL origin. */
  ownOrigin: string;
  /**
   * Hosts (`name[:port]`) the deployment answers for. ownOrigin is used only when its host passes;
   * otherwise links point at loopback on ownOrigin's port. Unset: any host.
   */
  isAllowedHost?: (host: string) => boolean;
}

// Names, IPv4 and bracketed IPv6, optional port: no character that could end or redirect a URL.
const HOST_SHAPE = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/;

/** `name[:port]` lower-cased when it is a plain host an http URL can carry unchanged; else null. */
export function wellFormedHost(raw: string): string | null {
  const m = HOST_SHAPE.exec(raw);
  if (!m) return null;
  const [, name = '', port] = m;
  if (name.startsWith('[') ? !isIPv6(name.slice(1, -1)) : name.startsWith('.') || name.startsWith('-')) return null;
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return null;
  let parsed: URL;
  try {
    parsed = new URL(`http://${name}/`);
  } catch {
    return null;
  }
  // URL rewrites numeric shorthands (`0x7f.1` -> `127.0.0.1`): a host that changes is not taken.
  if (parsed.hostname !== name.toLowerCase()) return null;
  return port === undefined ? parsed.hostname : `${parsed.hostname}:${Number(port)}`;
}

/** First entry of a proxy list header (`a, b`: a is the client-facing hop). */
function firstValue(header: string | undefined): string | undefined {
  const first = header?.split(',')[0]?.trim();
  return first === '' ? undefined : first;
}

function forwardedScheme(headers: LinkBaseSources['headers']): 'http' | 'https' | null {
  const proto = firstValue(headers['x-forwarded-proto'])?.toLowerCase();
  return proto === 'http' || proto === 'https' ? proto : null;
}

function forwardedHost(headers: LinkBaseSources['headers']): string | null {
  for (const raw of [firstValue(headers['x-forwarded-host']), firstValue(headers.host)]) {
    const host = raw === undefined ? null : wellFormedHost(raw);
    if (host !== null) return host;
  }
  return null;
}

/** `https://gw.example/pi/` -> `https://gw.example/pi/piwebapi`; a URL already ending in the mount stays. */
function withMount(raw: string, mountPath: string): string {
  const url = new URL(raw);
  const base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  return base.toLowerCase().endsWith(mountPath.toLowerCase()) ? base : `${base}${mountPath}`;
}

let lastConfigured: { raw: string; mountPath: string; base: string } | null = null;

/** The link base for one request, e.g. `http://127.0.0.1:8000/piwebapi`. */
export function publicBaseUrl(sources: LinkBaseSources, mountPath = DEFAULT_MOUNT_PATH): string {
  const { configured } = sources;
  if (configured !== undefined) {
    // Every request asks; parse the configured URL once.
    if (lastConfigured?.raw !== configured || lastConfigured.mountPath !== mountPath) {
      lastConfigured = { raw: configured, mountPath, base: withMount(configured, mountPath) };
    }
    return lastConfigured.base;
  }
  const own = ownLinkOrigin(sources);
  if (!sources.trustProxy) return `${own.scheme}://${own.host}${mountPath}`;
  return `${forwardedScheme(sources.headers) ?? own.scheme}://${forwardedHost(sources.headers) ?? own.host}${mountPath}`;
}

function ownLinkOrigin(sources: LinkBaseSources): { scheme: 'http' | 'https'; host: string } {
  const own = new URL(sources.ownOrigin);
  if (sources.isAllowedHost && !sources.isAllowedHost(own.host)) {
    return { scheme: 'http', host: `127.0.0.1${own.port === '' ? '' : `:${own.port}`}` };
  }
  return { scheme: own.protocol === 'https:' ? 'https' : 'http', host: own.host };
}

/** `http://<address>:<port>` of the socket a request arrived on: the listening address as reached. */
export function socketOrigin(localAddress: string | undefined, localPort: number | undefined): string {
  // A dual-stack listener reports IPv4 peers as `::ffff:a.b.c.d`; links read better as a.b.c.d.
  const mapped = localAddress?.startsWith('::ffff:') ? localAddress.slice('::ffff:'.length) : null;
  const address = mapped !== null && isIPv4(mapped) ? mapped : localAddress;
  const host = address === undefined || address === '' ? '127.0.0.1' : isIPv6(address) ? `[${address}]` : address;
  return localPort === undefined ? `http://${host}` : `http://${host}:${localPort}`;
}
