/**
 * The shape knobs a world is built with: how event frames are laid out and which attributes a
 * plant element carries. Default mode follows a real PI System (frames still running at the
 * anchor, plants without attributes); `--compat seed` swaps in the seed's shape
 * (compat/seed-profile.ts). The world picks one profile once, so model code reads its knobs
 * instead of asking which mode it is in.
 */
import type { TierLayout } from '../tiers';
import type { AttributeDef } from './af/attribute-def';

export interface FrameLayout {
  /** Frames lie in this many ms before the world's anchor. */
  windowMs: number;
  /** Share of frames still running at the anchor (their EndTime is AF's max time). */
  inProgressShare: number;
}

export interface WorldProfile {
  frames: FrameLayout;
  /** Attributes of plant (root) element `plant`; their values are static. */
  plantAttributes(layout: TierLayout, plant: number): AttributeDef[];
}

const DAY_MS = 86_400_000;

export const DEFAULT_PROFILE: WorldProfile = {
  frames: { windowMs: 7 * DAY_MS, inProgressShare: 0.05 },
  plantAttributes: () => [],
};
