/** Flags and environment of `npm run mock`, validated with zod so a bad value names itself. */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import type { MockOptionsInput } from './options';

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
    faultRate: numberFrom('--fault-rate').pipe(z.number().min(0, '--fault-rate: 0..1').max(1, '--fault-rate: 0..1')),
    retryAfter: numberFrom('--retry-after').pipe(z.int().min(0, '--retry-after: whole seconds >= 0')),
    intervalSeconds: numberFrom('--interval-seconds').pipe(z.int().min(1, '--interval-seconds: 1..86400').max(86400)),
    maxItems: numberFrom('--max-items').pipe(z.int().min(1, '--max-items: at least 1')),
    compat: z.enum(['none', 'seed'], { message: "--compat: expected 'seed' (or 'none')" }),
    auth: z.enum(['none', 'basic', 'bearer'], { message: '--auth: expected none, basic or bearer' }),
    user: z.string().optional(),
    password: z.string().optional(),
    token: z.string().optional(),
    csrf: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.auth === 'basic' && !(v.user && v.password)) {
      ctx.addIssue({ code: 'custom', message: '--auth basic needs --user and --password (or MOCK_PI_USER / MOCK_PI_PASSWORD)' });
    }
    if (v.auth === 'bearer' && !v.token) {
      ctx.addIssue({ code: 'custom', message: '--auth bearer needs --token (or MOCK_PI_TOKEN)' });
    }
  });

export interface MockCliConfig {
  host: string;
  port: number;
  options: MockOptionsInput;
}

export const MOCK_CLI_USAGE = `Usage: npm run mock -- [--tags N] [--port P] [--host H] [--latency-ms L] [--fault-rate F]
       [--retry-after S] [--interval-seconds S] [--max-items N] [--compat seed]
       [--auth none|basic|bearer] [--user U --password P | --token T] [--no-csrf]
Environment: MOCK_PI_TAG_COUNT, MOCK_PI_PORT, MOCK_PI_COMPAT, MOCK_PI_USER, MOCK_PI_PASSWORD, MOCK_PI_TOKEN`;

export function parseMockCli(argv: string[], env: Readonly<Record<string, string | undefined>>): Result<MockCliConfig, string> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        tags: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'latency-ms': { type: 'string' },
        'fault-rate': { type: 'string' },
        'retry-after': { type: 'string' },
        'interval-seconds': { type: 'string' },
        'max-items': { type: 'string' },
        compat: { type: 'string' },
        auth: { type: 'string' },
        user: { type: 'string' },
        password: { type: 'string' },
        token: { type: 'string' },
        'no-csrf': { type: 'boolean' },
      },
    }));
  } catch (e) {
    return err(`${(e as Error).message}\n${MOCK_CLI_USAGE}`);
  }
  const parsed = cliSchema.safeParse({
    tags: values.tags ?? env.MOCK_PI_TAG_COUNT ?? '128',
    port: values.port ?? env.MOCK_PI_PORT ?? '8000',
    host: values.host ?? '127.0.0.1',
    latencyMs: values['latency-ms'] ?? '0',
    faultRate: values['fault-rate'] ?? '0',
    retryAfter: values['retry-after'] ?? '1',
    intervalSeconds: values['interval-seconds'] ?? '60',
    maxItems: values['max-items'] ?? '150000',
    compat: values.compat ?? env.MOCK_PI_COMPAT ?? 'none',
    auth: values.auth ?? 'none',
    user: values.user ?? env.MOCK_PI_USER,
    password: values.password ?? env.MOCK_PI_PASSWORD,
    token: values.token ?? env.MOCK_PI_TOKEN,
    csrf: !values['no-csrf'],
  });
  if (!parsed.success) return err(`${parsed.error.issues.map((i) => i.message).join('\n')}\n${MOCK_CLI_USAGE}`);
  const v = parsed.data;
  const auth =
    v.auth === 'basic'
      ? { mode: 'basic' as const, user: v.user ?? '', password: v.password ?? '' }
      : v.auth === 'bearer'
        ? { mode: 'bearer' as const, token: v.token ?? '' }
        : { mode: 'none' as const };
  return ok({
    host: v.host,
    port: v.port,
    options: {
      tagCount: v.tags,
      latencyMs: v.latencyMs,
      faultRate: v.faultRate,
      faultRetryAfterSeconds: v.retryAfter,
      intervalSeconds: v.intervalSeconds,
      maxReturnedItemsPerCall: v.maxItems,
      compat: v.compat,
      auth,
      csrfDefense: v.csrf,
    },
  });
}
