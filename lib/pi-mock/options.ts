/** Everything that shapes one mock instance; parsed with zod from CLI flags, env or the dashboard. */
import { z } from 'zod';
import { publicUrl } from './public-base-url';

export const mockAuth = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('none') }),
  z.object({ mode: z.literal('basic'), user: z.string().min(1), password: z.string().min(1) }),
  z.object({ mode: z.literal('bearer'), token: z.string().min(1) }),
  /**
   * Kerberos (SPNEGO) as HTTP.sys does it: the listener verifies tokens with the keytab in
   * KRB5_KTNAME (http/negotiate) and authenticates the connection; `basic` also offers Basic.
   */
  z.object({ mode: z.literal('negotiate'), basic: z.object({ user: z.string().min(1), password: z.string().min(1) }).optional() }),
]);
export type MockAuth = z.infer<typeof mockAuth>;

export const mockOptions = z.object({
  /** Requested tag count; mapped onto a tier grid (DESIGN §2). */
  tagCount: z.int().min(1).max(5_000_000).default(128),
  /** Spacing of the absolute timestamp grid values sit on. */
  intervalSeconds: z.int().min(1).max(86_400).default(60),
  /** PI's MaxReturnedItemsPerCall: a larger maxCount is a 400. */
  maxReturnedItemsPerCall: z.int().min(1).default(150_000),
  /** Added to every HTTP request (not to batch sub-requests: they share their request's trip). */
  latencyMs: z.number().min(0).max(60_000).default(0),
  /**
   * The link's bandwidth in bits per second, shared by every response of one listener (0: no
   * limit). Shapes the body bytes as sent, compressed when gzip was asked for (http/paced-write.ts).
   */
  bandwidthBitsPerSecond: z.number().min(0).max(1e12).default(0),
  /** Share of requests (and of batch sub-requests) answered 503 or 429 with Retry-After. */
  faultRate: z.number().min(0).max(1).default(0),
  /** Retry-After (seconds) sent with an injected 503/429. */
  faultRetryAfterSeconds: z.int().min(0).max(3600).default(1),
  /** PI's MaxRequestContentLength: a larger request body is a 413. */
  maxRequestContentLength: z.int().min(1).default(4_194_304),
  /**
   * Values (and collection items) one POST /batch may ask for in total, judged before anything
   * is rendered; unset: 10 x maxReturnedItemsPerCall (batch/batch-budget.ts).
   */
  maxBatchValues: z.int().min(1).optional(),
  /** Values one batch Parameter's JSONPath may select; unset: maxReturnedItemsPerCall (batch/parent-results.ts). */
  maxJsonPathItems: z.int().min(1).optional(),
  /** `seed`: also accept the seed's literal ids and its list-shaped batch body. */
  compat: z.enum(['none', 'seed']).default('none'),
  auth: mockAuth.default({ mode: 'none' }),
  /** PI's EnableCSRFDefense: non-GET requests need X-Requested-With. */
  csrfDefense: z.boolean().default(true),
  /**
   * Absolute http(s) URL clients reach the mock at (`--public-url`, MOCK_PI_PUBLIC_URL); every
   * link starts with it. Unset: the listening address (public-base-url.ts).
   */
  publicBaseUrl: publicUrl.optional(),
  /** TRUST_PROXY: links may follow well-formed X-Forwarded-Proto/-Host (and Host) from a proxy in front. */
  trustProxy: z.boolean().default(false),
  /**
   * How often the shared channel ticker looks for released grid values (PI Web API's channel
   * polling interval); heartbeatRate counts these polls (channels/, README "Channels").
   */
  channelPollMs: z.int().min(10).max(60_000).default(1000),
  /**
   * Share of open channel sockets cut per minute (0..1): each poll cuts each socket with the
   * probability that makes this fraction per minute, seeded by `seed` (`--channel-drop-rate`).
   */
  channelDropRate: z.number().min(0).max(1).default(0),
  /** Open channel sockets one listener serves; one more is closed with 1013 (Try Again Later). */
  channelMaxSockets: z.int().min(1).max(100_000).default(1000),
  /** Streams one channel may subscribe; more is closed with 4400 (channels/channel-close.ts). */
  channelMaxStreamsPerSocket: z.int().min(1).max(1_000_000).default(10_000),
  /** Seed of every pseudo-random choice: values, event frames, faults. */
  seed: z.int().default(1),
  /**
   * Event frames are laid out in the days before this instant (ms since epoch); later ones are
   * still in progress. Unset: the current hour when the world is built.
   */
  anchorMs: z.number().optional(),
});
export type MockOptions = z.infer<typeof mockOptions>;
export type MockOptionsInput = z.input<typeof mockOptions>;
