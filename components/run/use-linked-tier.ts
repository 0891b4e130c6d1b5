'use client';

import { useEffect, useRef } from 'react';
import type { RunFormSettings } from '@/lib/client';
import { isTier } from '@/lib/tiers';
import { useSetTier } from '../tiers/use-set-tier';

interface LinkedTierInput {
  form: { settings: RunFormSettings; update: (patch: Partial<RunFormSettings>) => void };
  /** The tier the embedded mock serves now; undefined while unknown. */
  tier: number | undefined;
  /** The stored settings are on screen, the history has answered and no run is going. */
  ready: boolean;
}

/**
 * The tier travels with the other settings: a link naming another tier switches the embedded mock
 * to it once, when the page opens idle; from then on the URL follows the tier the mock serves
 * (picked here or on another screen), which is the tier Run reads.
 */
export function useLinkedTier({ form, tier, ready }: LinkedTierInput): void {
  const setTier = useSetTier();
  const aligned = useRef(false);
  const { settings, update } = form;
  const { mutate } = setTier;

  useEffect(() => {
    if (aligned.current || !ready || tier === undefined) return;
    aligned.current = true;
    if (settings.tier !== null && settings.tier !== tier) mutate(settings.tier);
  }, [ready, tier, settings.tier, mutate]);

  useEffect(() => {
    if (!aligned.current || tier === undefined || setTier.isPending || !isTier(tier) || settings.tier === tier) return;
    update({ tier });
  }, [tier, settings.tier, update, setTier.isPending]);
}
