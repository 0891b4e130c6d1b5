/**
 * What the AF and event-frame models read from their world: everything but the models themselves.
 * MockWorld builds those models, so they take this instead of MockWorld; typing them with the
 * class made world.ts, af/, event-frames/ and router/types.ts one import cycle.
 */
import type { TagCatalogue } from './catalogue';
import type { MockOptions } from './options';
import type { ServerIdentity } from './server-identity';
import type { WorldProfile } from './world-profile';

export interface WorldFacts {
  readonly options: MockOptions;
  readonly catalogue: TagCatalogue;
  readonly identity: ServerIdentity;
  /** Event frames are laid out before this instant; see MockOptions.anchorMs. */
  readonly anchorMs: number;
  readonly profile: WorldProfile;
  /** Server "now" for PI time strings (`*`, `*-1h`). */
  nowMs(): number;
}
