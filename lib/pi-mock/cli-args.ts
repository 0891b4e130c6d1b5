/** Flags and environment of `npm run mock`, validated with zod so a bad value names itself. */
import { z } from 'zod';
import { flagIssues, parseFlags } from '../cli';
import { err, ok, type Result } from '../result';
import type { MockOptionsInput } from './options';
import { publicUrl } from './public-base-url';

const numberFrom = (name: string) =>
  z
    .string()
    .trim()
    .refine((s) => s !== '' && Number.isFinite(Number(s)), { message: `${name}: expected a number` })
    .transform(Number);

const cliSchema = z
  .object({
    tags: numberFrom('--tags').pipe(z.int('--tags: expected a whole number').min(1, '--tags: at least 1')),
    port: numberFrom('--port').pipe(z.int().min(0, '--port: 0..65535').max(65535, '--port: 0..65535')),
    host: z.string().min(1),
    latencyMs: numberFrom('--latency-ms').pipe(z.number().min(0, '--latency-ms: not negative')),
    bandwidthMbps: numberFrom('--bandwidth-mbps').pipe(
      z.number().min(0, '--bandwidth-mbps: megabits per second, 0 (no limit) or more').max(1_000_000, '--bandwidth-mbps: at most 1,000,000 (1 Tbit/s)'),
    ),
    faultRate: numberFrom('--fault-rate').pipe(z.number().min(0, '--fault-rate: 0..1').max(1, '--fault-rate: 0..1')),
    retryAfter: numberFrom('--retry-after').pipe(z.int().min(0, '--retry-after: whole seconds >= 0')),
    intervalSeconds: numberFrom('--interval-seconds').pipe(z.int().min(1, '--interval-seconds: 1..86400').max(86400)),
    maxItems: numberFrom('--max-items').pipe(z.int().min(1, '--max-items: at least 1')),
    maxBatchValues: numberFrom('--max-batch-values').pipe(z.int().min(1, '--max-batch-values: at least 1')).optional(),
    channelDropRate: numberFrom('--channel-drop-rate').pipe(z.number().min(0, '--channel-drop-rate: 0..1 (share of channels cut per minute)').max(1, '--channel-drop-rate: 0..1 (share of channels cut per minute)')),
    channelPollMs: numberFrom('--channel-poll-ms').pipe(z.int('--channel-poll-ms: whole milliseconds').min(10, '--channel-poll-ms: 10..60000').max(60_000, '--channel-poll-ms: 10..60000')),
    channelMaxSockets: numberFrom('--channel-max-sockets').pipe(z.int().min(1, '--channel-max-sockets: 1..100000').max(100_000, '--channel-max-sockets: 1..100000')),
    channelMaxStreams: numberFrom('--channel-max-streams').pipe(z.int().min(1, '--channel-max-streams: 1..1000000').max(1_000_000, '--channel-max-streams: 1..1000000')),
    compat: z.enum(['none', 'seed'], { message: "--compat: expected 'seed' (or 'none')" }),
    publicUrl: z
      .string()
      .refine((raw) => publicUrl.safeParse(raw).success, {
        message: '--public-url (MOCK_PI_PUBLIC_URL): expected an http(s) URL without credentials, query or fragment',
      })
      .optional(),
    trustProxy: z.stringbool({ error: 'TRUST_PROXY: expected true or false' }),
    auth: z.enum(['none', 'basic', 'bearer', 'negotiate'], { message: '--auth: expected none, basic, bearer or negotiate' }),
    keytab: z.string().optional(),
    user: z.string().optional(),
    password: z.string().optional(),
    token: z.string().optional(),
    csrf: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.auth === 'basic' && !(v.user && v.password)) {
      ctx.addIssue({ code: 'custom', message: '--auth basic needs MOCK_PI_USER and MOCK_PI_PASSWORD in the environment' });
    }
    if (v.auth === 'bearer' && !v.token) {
      ctx.addIssue({ code: 'custom', message: '--auth bearer needs MOCK_PI_TOKEN in the environment' });
    }
    if (v.auth === 'negotiate' && !v.keytab) {
      ctx.addIssue({ code: 'custom', message: '--auth negotiate needs KRB5_KTNAME (the HTTP/<host> service keytab) in the environment' });
    }
  });

export interface MockCliConfig {
  host: string;
  port: number;
  options: MockOptionsInput;
}

export const MOCK_CLI_USAGE = `Usage: npm run mock -- [--tags N] [--port P] [--host H] [--latency-ms L] [--bandwidth-mbps B] [--fault-rate F]
       [--retry-after S] [--interval-seconds S] [--max-items N] [--max-batch-values N] [--compat seed]
       [--auth none|basic|bearer|negotiate] [--no-csrf] [--public-url URL] [--trust-proxy]
       [--channel-drop-rate R] [--channel-poll-ms MS] [--channel-max-sockets N] [--channel-max-streams N]
Credentials come only from the environment: --auth basic reads MOCK_PI_USER and MOCK_PI_PASSWORD,
--auth bearer reads MOCK_PI_TOKEN. --auth negotiate (Kerberos) reads the service keytab from KRB5_KTNAME
and also offers Basic when MOCK_PI_USER and MOCK_PI_PASSWORD are set.
Environment: MOCK_PI_TAG_COUNT, MOCK_PI_PORT, MOCK_PI_COMPAT, MOCK_PI_USER, MOCK_PI_PASSWORD, MOCK_PI_TOKEN,
             MOCK_PI_PUBLIC_URL, TRUST_PROXY`;

/**
 * Credential flags are refused, not read: npm echoes a script's arguments to stdout and `ps` shows
 * them to every user of the machine (issue 11, item 9). The message never repeats the value.
 */
const CREDENTIAL_FLAGS = { user: 'MOCK_PI_USER', password: 'MOCK_PI_PASSWORD', token: 'MOCK_PI_TOKEN' } as const;

function refusedCredentialFlags(values: Partial<Record<keyof typeof CREDENTIAL_FLAGS, unknown>>): string | null {
  const given = (Object.keys(CREDENTIAL_FLAGS) as (keyof typeof CREDENTIAL_FLAGS)[]).filter((flag) => values[flag] !== undefined);
  if (given.length === 0) return null;
  return given
    .map(
      (flag) =>
        `--${flag} is not accepted: npm echoes command-line values and ps shows them to every user. ` +
        `Set ${CREDENTIAL_FLAGS[flag]} in the environment instead.`,
    )
    .join('\n');
}

export function parseMockCli(argv: string[], env: Readonly<Record<string, string | undefined>>): Result<MockCliConfig, string> {
  const flags = parseFlags(
    argv,
    {
      tags: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'latency-ms': { type: 'string' },
      'bandwidth-mbps': { type: 'string' },
      'fault-rate': { type: 'string' },
      'retry-after': { type: 'string' },
      'interval-seconds': { type: 'string' },
      'max-items': { type: 'string' },
      'max-batch-values': { type: 'string' },
      'channel-drop-rate': { type: 'string' },
      'channel-poll-ms': { type: 'string' },
      'channel-max-sockets': { type: 'string' },
      'channel-max-streams': { type: 'string' },
      compat: { type: 'string' },
      auth: { type: 'string' },
      user: { type: 'string' },
      password: { type: 'string' },
      token: { type: 'string' },
      'no-csrf': { type: 'boolean' },
      'public-url': { type: 'string' },
      'trust-proxy': { type: 'boolean' },
    },
    MOCK_CLI_USAGE,
  );
  if (!flags.ok) return flags;
  const values = flags.value;
  const refused = refusedCredentialFlags(values);
  if (refused !== null) return err(`${refused}\n${MOCK_CLI_USAGE}`);
  const parsed = cliSchema.safeParse({
    tags: values.tags ?? env.MOCK_PI_TAG_COUNT ?? '128',
    port: values.port ?? env.MOCK_PI_PORT ?? '8000',
    host: values.host ?? '127.0.0.1',
    latencyMs: values['latency-ms'] ?? '0',
    bandwidthMbps: values['bandwidth-mbps'] ?? '0',
    faultRate: values['fault-rate'] ?? '0',
    retryAfter: values['retry-after'] ?? '1',
    intervalSeconds: values['interval-seconds'] ?? '60',
    maxItems: values['max-items'] ?? '150000',
    maxBatchValues: values['max-batch-values'],
    channelDropRate: values['channel-drop-rate'] ?? '0',
    channelPollMs: values['channel-poll-ms'] ?? '1000',
    channelMaxSockets: values['channel-max-sockets'] ?? '1000',
    channelMaxStreams: values['channel-max-streams'] ?? '10000',
    compat: values.compat ?? env.MOCK_PI_COMPAT ?? 'none',
    auth: values.auth ?? 'none',
    // An empty variable counts as unset, as in lib/env.ts.
    publicUrl: values['public-url'] ?? (env.MOCK_PI_PUBLIC_URL || undefined),
    trustProxy: values['trust-proxy'] ? 'true' : env.TRUST_PROXY || 'false',
    user: env.MOCK_PI_USER,
    password: env.MOCK_PI_PASSWORD,
    token: env.MOCK_PI_TOKEN,
    keytab: env.KRB5_KTNAME || undefined,
    csrf: !values['no-csrf'],
  });
  if (!parsed.success) return err(flagIssues(parsed.error, MOCK_CLI_USAGE));
  const v = parsed.data;
  const auth =
    v.auth === 'basic'
      ? { mode: 'basic' as const, user: v.user ?? '', password: v.password ?? '' }
      : v.auth === 'bearer'
        ? { mode: 'bearer' as const, token: v.token ?? '' }
        : v.auth === 'negotiate'
          ? { mode: 'negotiate' as const, ...(v.user && v.password ? { basic: { user: v.user, password: v.password } } : {}) }
          : { mode: 'none' as const };
  return ok({
    host: v.host,
    port: v.port,
    options: {
      tagCount: v.tags,
      latencyMs: v.latencyMs,
      bandwidthBitsPerSecond: v.bandwidthMbps * 1e6,
      faultRate: v.faultRate,
      faultRetryAfterSeconds: v.retryAfter,
      intervalSeconds: v.intervalSeconds,
      maxReturnedItemsPerCall: v.maxItems,
      ...(v.maxBatchValues === undefined ? {} : { maxBatchValues: v.maxBatchValues }),
      channelDropRate: v.channelDropRate,
      channelPollMs: v.channelPollMs,
      channelMaxSockets: v.channelMaxSockets,
      channelMaxStreamsPerSocket: v.channelMaxStreams,
      compat: v.compat,
      auth,
      csrfDefense: v.csrf,
      trustProxy: v.trustProxy,
      ...(v.publicUrl === undefined ? {} : { publicBaseUrl: v.publicUrl }),
    },
  });
}
