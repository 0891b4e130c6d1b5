/**
 * One consistent mock universe: options, tag catalogue, and the AF model and event frames built
 * lazily on first use. Switching the tier builds a new world (embedded.ts's `reconfigure`).
 */
import { TagCatalogue } from './catalogue';
import { AfModel } from './af/model';
import { EventFrameModel } from './event-frames/model';
import { mockOptions, type MockOptions, type MockOptionsInput } from './options';
import { serverIdentityFor, type ServerIdentity } from './server-identity';
import { SEED_PROFILE } from './compat/seed-profile';
import type { WorldFacts } from './world-facts';
import { DEFAULT_PROFILE, type WorldProfile } from './world-profile';

const HOUR_MS = 3_600_000;

export class MockWorld implements WorldFacts {
  readonly options: MockOptions;
  readonly catalogue: TagCatalogue;
  /** This tier's Data Archive, AF server and database: names and GUIDs no other tier shares. */
  readonly identity: ServerIdentity;
  /** Event frames are laid out before this instant; see MockOptions.anchorMs. */
  readonly anchorMs: number;
  /** Shape knobs (event-frame layout, plant attributes): the seed's with `--compat seed`. */
  readonly profile: WorldProfile;
  readonly createdAtMs = Date.now();
  private afModel: AfModel | undefined;
  private efModel: EventFrameModel | undefined;

  constructor(input: MockOptionsInput = {}) {
    this.options = mockOptions.parse(input);
    this.catalogue = new TagCatalogue(this.options.tagCount);
    this.identity = serverIdentityFor(this.catalogue.layout);
    this.anchorMs = this.options.anchorMs ?? Math.floor(Date.now() / HOUR_MS) * HOUR_MS;
    this.profile = this.options.compat === 'seed' ? SEED_PROFILE : DEFAULT_PROFILE;
  }

  get af(): AfModel {
    this.afModel ??= new AfModel(this);
    return this.afModel;
  }

  get eventFrames(): EventFrameModel {
    this.efModel ??= new EventFrameModel(this);
    return this.efModel;
  }

  /** Server "now" for PI time strings (`*`, `*-1h`). */
  nowMs(): number {
    return Date.now();
  }
}
