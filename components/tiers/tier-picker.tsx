'use client';

import type { TierOption } from '@/lib/api-contract';
import { formatCount, formatGrid } from '@/lib/client';
import { isTier } from '@/lib/tiers';
import { ErrorNotice } from '../ui/error-notice';
import { useMockStatus } from './use-mock-status';
import { useSetTier } from './use-set-tier';

interface TierPickerProps {
  tiers: readonly TierOption[];
  /** While a run is going: switching the mock under it would change what it measures. */
  disabled?: boolean;
}

/** The four tiers as radio tiles; picking one switches the embedded mock at once. */
export function TierPicker({ tiers, disabled = false }: TierPickerProps) {
  const status = useMockStatus();
  const setTier = useSetTier();
  // Show the pick immediately; the server's answer confirms it (or the error below explains).
  const selected = setTier.isPending ? setTier.variables : status.data?.tagCount;
  const failedTier = setTier.isError ? setTier.variables : undefined;

  return (
    <form className="tier-picker" onSubmit={(event) => event.preventDefault()}>
      <fieldset aria-busy={setTier.isPending} disabled={disabled}>
        <legend className="visually-hidden">Scale tier of the embedded mock</legend>
        <div className="tier-grid">
          {tiers.map((tier) => (
            <label key={tier.tagCount} className="tier-tile">
              <input
                type="radio"
                name="tier"
                value={tier.tagCount}
                checked={selected === tier.tagCount}
                onChange={() => {
                  if (isTier(tier.tagCount)) setTier.mutate(tier.tagCount);
                }}
              />
              <span className="tier-count">{formatCount(tier.tagCount)} tags</span>
              <span className="tier-grid-text">{formatGrid(tier)}</span>
              <span className="tier-plants">
                {tier.firstPlant} … {tier.lastPlant}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <p className="tier-progress" role="status">
        {setTier.isPending && setTier.variables !== undefined
          ? `Building the ${formatCount(setTier.variables)}-tag world…`
          : ''}
      </p>
      {setTier.isError ? (
        <ErrorNotice
          title="The tier did not change"
          message={setTier.error.message}
          retryLabel="Try again"
          onRetry={failedTier === undefined ? undefined : () => setTier.mutate(failedTier)}
        />
      ) : null}
    </form>
  );
}
