/**
 * The process environment, parsed once with zod (STYLE §5): a bad value fails with the variable's
 * name instead of surfacing later as a NaN or an undefined URL.
 */
import { z } from 'zod';
import { HOST_NAME_PATTERN } from './http';

/** `a.example, 10.0.0.5,[fd00::5]` -> ['a.example', '10.0.0.5', '[fd00::5]']. */
const hostList = z
  .string()
  .transform((text) => text.split(',').map((entry) => entry.trim().toLowerCase()).filter((entry) => entry !== ''))
  .pipe(z.array(z.string().regex(HOST_NAME_PATTERN, 'expected a host name without a port (an IPv6 address in brackets: [fd00::5])')));

const envSchema = z.object({
  /** Requested tag count of the embedded mock at start-up; mapped onto a tier (DESIGN §2). */
  MOCK_PI_TAG_COUNT: z.coerce.number().int().min(1).max(5_000_000).default(128),
  /** Where the embedded mock's raw listener renders: a child process (the other core) or this one. */
  MOCK_PI_LISTENER: z.enum(['process', 'inline']).default('process'),
  /** A real PI Web API (`https://host/piwebapi`); unset: runs use the embedded mock. */
  PI_BASE_URL: z.url().optional(),
  PI_AUTH: z.enum(['none', 'basic', 'bearer', 'negotiate']).default('none'),
  PI_USER: z.string().min(1).optional(),
  PI_PASSWORD: z.string().min(1).optional(),
  /** Bearer token when PI_AUTH=bearer. */
  PI_TOKEN: z.string().min(1).optional(),
  /** PI_AUTH=negotiate: the SPN when not HTTP@<host of PI_BASE_URL>, and the client principal. */
  PI_SPN: z.string().min(1).optional(),
  PI_KRB5_PRINCIPAL: z.string().min(1).optional(),
  /**
   * Host names the dashboard answers to besides 127.0.0.1, localhost and [::1] (any port), e.g.
   * the name a reverse proxy or a colleague's browser uses. Any other Host gets 421 (DNS rebinding).
   */
  ALLOWED_HOSTS: hostList.default([]),
  /**
   * Believe X-Forwarded-Proto/-Host from a reverse proxy in front of the server. Off by default:
   * without a proxy that overwrites them, any client could set them.
   */
  TRUST_PROXY: z.stringbool().default(false),
});
export type Env = z.infer<typeof envSchema>;

/** Parses an environment; throws an Error naming each bad variable. Empty strings count as unset. */
export function parseEnvOrThrow(source: Readonly<Record<string, string | undefined>>): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

let cached: Env | undefined;

/** process.env, parsed on first use (not at import, so `next build` and tests import freely). */
export function getEnv(): Env {
  cached ??= parseEnvOrThrow(process.env);
  return cached;
}
