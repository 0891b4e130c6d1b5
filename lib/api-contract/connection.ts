/**
 * Shapes of `/api/connection` (the external PI Web API a run can target), shared by the route and
 * the settings page. Secrets go in (PUT) and never come out: the view says only `hasSecret`.
 */
import { z } from 'zod';

export const connectionAuthMode = z.enum(['none', 'basic', 'bearer', 'negotiate']);

/**
 * Kerberos settings (auth negotiate): no secret. Without a keytab the server's own ticket cache
 * (KRB5CCNAME, kinit) is used; with one, tickets come from that client keytab on the server.
 */
export const kerberosInput = z.object({
  principal: z.string().trim().min(1).max(256).regex(/^[^\s@]+(@[^\s@]+)?$/, 'expected a principal such as svc-pi@EXAMPLE.COM').optional(),
  keytab: z.string().trim().min(1).max(1024).regex(/^\/[^\0]*$/, 'expected an absolute path on the server, such as /etc/pi/svc-pi.keytab').optional(),
  spn: z.string().trim().min(1).max(256).regex(/^[^\s@/]+[@/][^\s@/]+$/, 'expected a service principal such as HTTP@pi.example.com').optional(),
});
export type KerberosInput = z.infer<typeof kerberosInput>;
export type ConnectionAuthMode = z.infer<typeof connectionAuthMode>;

const piWebApiUrl = z
  .url({ protocol: /^https?$/, message: 'expected an http(s) URL such as https://pi.example.com/piwebapi' })
  .refine((text) => {
    // zod runs this even when the URL check failed: that failure is already reported.
    if (!URL.canParse(text)) return true;
    const url = new URL(text);
    return url.username === '' && url.password === '';
  }, 'put credentials in user/password or token, not in the URL');

/**
 * PUT body. A secret left out keeps the one already saved for the same auth mode and origin, so a
 * page can change the path without asking for the password again; a URL on another scheme, host
 * or port needs its own secret (lib/runs/connection-store.ts).
 */
export const connectionInput = z
  .object({
    url: piWebApiUrl,
    auth: connectionAuthMode,
    user: z.string().min(1).max(256).optional(),
    password: z.string().min(1).max(4096).optional(),
    token: z.string().min(1).max(16_384).optional(),
    kerberos: kerberosInput.optional(),
  })
  .refine((c) => c.auth !== 'basic' || c.user !== undefined, { path: ['user'], message: 'required for basic auth' });
export type ConnectionInput = z.infer<typeof connectionInput>;

export const connectionView = z.object({
  /** null: no external server configured (runs use the embedded mock). */
  url: z.string().nullable(),
  auth: connectionAuthMode,
  user: z.string().nullable(),
  hasSecret: z.boolean(),
  /** Only with auth negotiate: what the server uses (a keytab path is not a secret). */
  kerberos: z.object({ principal: z.string().nullable(), keytab: z.string().nullable(), spn: z.string().nullable() }).optional(),
  /** Where the settings came from: the PI_* environment, a PUT, or nowhere yet. */
  source: z.enum(['env', 'saved', 'none']),
});
export type ConnectionView = z.infer<typeof connectionView>;

export const connectionTestRequest = z
  .object({
    /** Default: the external server when one is configured, else the embedded mock. */
    target: z.enum(['embedded', 'external']).optional(),
  })
  .default({});

export const connectionTestResult = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    endpoint: z.string(),
    /** Round trip of the one recorded read, in ms. */
    latencyMs: z.number(),
    pointName: z.string(),
    /** Recorded values the point holds in the last hour. */
    values: z.int(),
    windowStart: z.string(),
    windowEnd: z.string(),
  }),
  z.object({
    ok: z.literal(false),
    endpoint: z.string().nullable(),
    /** unreachable | timeout | http | unauthorized | negotiate | contract | aborted | no_points | not_configured */
    code: z.string(),
    message: z.string(),
  }),
]);
export type ConnectionTestResult = z.infer<typeof connectionTestResult>;
