'use client';

import { useState, type FormEvent } from 'react';
import type { ApiError } from '@/lib/client/api-error';
import { fieldIssues, issueFor } from '@/lib/client/field-issues';
import { NETWORK_PROFILES, NETWORK_PROFILE_NAMES, type NetworkProfile } from '@/lib/runs/network-profiles';
import type { ExtractionModeName, RunSettingsInput } from '@/lib/runs/schemas';
import { useRunTarget } from '../connection/use-run-target';
import { MODE_LABELS, MODE_NOTES, MODE_ORDER } from './mode-labels';

const FAULT_RATES = [0, 0.01, 0.05, 0.1, 0.2] as const;
const PARTITION_CHOICES = [1, 10, 20] as const;
const DEFAULT_BUDGET_SECONDS = '30';

/** The form's id: the Run button sits beside the live run (where the presenter looks) and submits it from there. */
export const RUN_FORM_ID = 'run-settings';

interface RunSettingsFormProps {
  /** The tier the embedded mock serves now (picked above); undefined while unknown. */
  tier: number | undefined;
  active: boolean;
  /** A tier switch is on its way: a start now would read the tier being replaced. */
  switchingTier: boolean;
  onRun: (settings: RunSettingsInput) => void;
  /** The last refused start: its field issues mark the inputs. */
  startError: ApiError | null;
}

/** The run's settings below the tier: network, modes, faults, the sequential time box, partitions. */
export function RunSettingsForm({ tier, active, switchingTier, onRun, startError }: RunSettingsFormProps) {
  const [profile, setProfile] = useState<NetworkProfile>('loopback');
  const [faultRate, setFaultRate] = useState<number>(0);
  const [modes, setModes] = useState<ReadonlySet<ExtractionModeName>>(new Set(['batch', 'sequential']));
  const [budget, setBudget] = useState(DEFAULT_BUDGET_SECONDS);
  const [partitions, setPartitions] = useState<number>(1);
  const [target] = useRunTarget();
  const issues = fieldIssues(startError);
  const budgetIssue = issueFor(issues, 'sequentialBudgetSeconds');
  const modesIssue = issueFor(issues, 'modes');

  function toggle(mode: ExtractionModeName, on: boolean): void {
    const next = new Set(modes);
    if (on) next.add(mode);
    else next.delete(mode);
    setModes(next);
  }

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (switchingTier) return;
    const budgetSeconds = budget.trim() === '' ? null : Number(budget);
    // Sent as typed: the server validates, and its 400 names the field (STYLE §6), marked at the input.
    onRun({
      ...(tier === undefined ? {} : { tier: tier as RunSettingsInput['tier'] }),
      modes: MODE_ORDER.filter((m) => modes.has(m)),
      networkProfile: profile,
      faultRate,
      sequentialBudgetSeconds: budgetSeconds as number,
      partitions,
      target,
    });
  }

  return (
    <form className="run-form" id={RUN_FORM_ID} onSubmit={submit} noValidate aria-label="Run settings">
      <fieldset className="choice-group" disabled={active}>
        <legend className="field-label">Network: latency added per request</legend>
        <div className="profile-grid">
          {NETWORK_PROFILE_NAMES.map((name) => {
            const p = NETWORK_PROFILES[name];
            return (
              <label key={name} className="choice-tile">
                <input type="radio" name="networkProfile" value={name} checked={profile === name} onChange={() => setProfile(name)} />
                <span className="choice-title">
                  {p.label} <span className="choice-figure">+{p.latencyMs} ms</span>
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>

      <fieldset className="choice-group" disabled={active} aria-invalid={modesIssue ? true : undefined} aria-describedby={modesIssue ? 'modes-issue' : undefined}>
        <legend className="field-label">Modes</legend>
        <div className="mode-choices">
          {MODE_ORDER.map((mode) => (
            <label key={mode} className="choice-tile">
              <input type="checkbox" name="modes" value={mode} checked={modes.has(mode)} onChange={(e) => toggle(mode, e.target.checked)} />
              <span className="choice-title" title={MODE_NOTES[mode]}>
                {MODE_LABELS[mode]}
              </span>
            </label>
          ))}
        </div>
        {modesIssue ? (
          <p className="field-issue" id="modes-issue">
            modes: {modesIssue}
          </p>
        ) : null}
      </fieldset>

      <div className="form-row">
        <label className="form-field">
          <span className="field-label">Fault rate</span>
          <select className="select-input" value={faultRate} disabled={active} onChange={(e) => setFaultRate(Number(e.target.value))}>
            {FAULT_RATES.map((rate) => (
              <option key={rate} value={rate}>
                {rate === 0 ? 'none' : `${Math.round(rate * 100)}% (503/429)`}
              </option>
            ))}
          </select>
        </label>
        <label className="form-field">
          <span className="field-label">Sequential budget (s)</span>
          <input
            className="text-input budget-input"
            type="number"
            inputMode="numeric"
            min={1}
            max={3600}
            value={budget}
            disabled={active}
            aria-invalid={budgetIssue ? true : undefined}
            aria-describedby={budgetIssue ? 'budget-issue' : undefined}
            onChange={(e) => setBudget(e.target.value)}
          />
          {budgetIssue ? (
            <span className="field-issue" id="budget-issue">
              sequentialBudgetSeconds: {budgetIssue}
            </span>
          ) : null}
        </label>
        <label className="form-field">
          <span className="field-label">Partitions</span>
          <select className="select-input" value={partitions} disabled={active} onChange={(e) => setPartitions(Number(e.target.value))}>
            {PARTITION_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n === 1 ? '1 (no split)' : `${n}`}
              </option>
            ))}
          </select>
        </label>
      </div>

    </form>
  );
}
