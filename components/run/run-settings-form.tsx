'use client';

import type { FormEvent } from 'react';
import { type ApiError, fieldIssues, issueFor, FAULT_RATES, PARTITION_CHOICES, REPEAT_CHOICES, type RunFormSettings, plainIssueMessage } from '@/lib/client';
import { formatBandwidth, NETWORK_PROFILES, NETWORK_PROFILE_NAMES, type ExtractionModeName, type RunSettingsInput } from '@/lib/api-contract';
import { useRunTarget } from '../connection/use-run-target';
import { MODE_LABELS, MODE_NOTES, MODE_ORDER } from './mode-labels';
import { WireChoices } from './wire-choices';

/** The form's id: the Run button sits beside the live run (where the presenter looks) and submits it from there. */
export const RUN_FORM_ID = 'run-settings';

interface RunSettingsFormProps {
  /** The tier the embedded mock serves now (picked above); undefined while unknown. */
  tier: number | undefined;
  active: boolean;
  /** A tier switch is on its way: a start now would read the tier being replaced. */
  switchingTier: boolean;
  /** What the form shows: kept in the URL and local storage (use-run-form.ts). */
  settings: RunFormSettings;
  onChange: (patch: Partial<RunFormSettings>) => void;
  /** False until the browser's stored settings are on screen: a Run before that would send the defaults. */
  ready: boolean;
  onRun: (settings: RunSettingsInput) => void;
  /** The last refused start: its field issues mark the inputs. */
  startError: ApiError | null;
}

/** What the form shows, as the body POST /api/runs takes: pressing Run sends exactly this. */
export function runInputOf(settings: RunFormSettings, tier: number | undefined, target: RunSettingsInput['target']): RunSettingsInput {
  const budget = settings.budgetSeconds.trim();
  return {
    ...(tier === undefined ? {} : { tier: tier as RunSettingsInput['tier'] }),
    modes: MODE_ORDER.filter((m) => settings.modes.includes(m)),
    networkProfile: settings.networkProfile,
    faultRate: settings.faultRate,
    // Sent as typed: the server validates, and its 400 names the field (STYLE §6), marked at the input.
    sequentialBudgetSeconds: (budget === '' ? null : Number(budget)) as number,
    partitions: settings.partitions,
    repeats: settings.repeats,
    gzip: settings.gzip,
    selectedFields: settings.selectedFields,
    target,
  };
}

function FieldIssue({ id, issue }: { id: string; issue: string | undefined }) {
  return issue ? (
    <span className="field-issue" id={id}>
      {plainIssueMessage(issue)}
    </span>
  ) : null;
}

/** The run's settings below the tier: network, modes, faults, the sequential time box, partitions, repeats. */
export function RunSettingsForm({ tier, active, switchingTier, settings, onChange, ready, onRun, startError }: RunSettingsFormProps) {
  const [target] = useRunTarget();
  const issues = fieldIssues(startError);
  const budgetIssue = issueFor(issues, 'sequentialBudgetSeconds');
  const modesIssue = issueFor(issues, 'modes');
  const repeatsIssue = issueFor(issues, 'repeats');
  const locked = active || !ready;

  function toggle(mode: ExtractionModeName, on: boolean): void {
    const next = new Set(settings.modes);
    if (on) next.add(mode);
    else next.delete(mode);
    onChange({ modes: MODE_ORDER.filter((m) => next.has(m)) });
  }

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (switchingTier || !ready) return;
    onRun(runInputOf(settings, tier, target));
  }

  return (
    <form className="run-form" id={RUN_FORM_ID} onSubmit={submit} noValidate aria-label="Run settings" aria-busy={!ready}>
      <fieldset className="choice-group" disabled={locked}>
        <legend className="field-label">Network: latency added per request, bandwidth shared by all</legend>
        <div className="profile-grid">
          {NETWORK_PROFILE_NAMES.map((name) => {
            const p = NETWORK_PROFILES[name];
            return (
              <label key={name} className="choice-tile">
                <input type="radio" name="networkProfile" value={name} checked={settings.networkProfile === name} onChange={() => onChange({ networkProfile: name })} />
                <span className="choice-title">
                  {p.label} <span className="choice-figure">+{p.latencyMs} ms · {formatBandwidth(p.bandwidthBitsPerSecond)}</span>
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>

      <fieldset className="choice-group" disabled={locked} aria-invalid={modesIssue ? true : undefined} aria-describedby={modesIssue ? 'modes-issue' : undefined}>
        <legend className="field-label">Modes</legend>
        <div className="mode-choices">
          {MODE_ORDER.map((mode) => (
            <label key={mode} className="choice-tile">
              <input type="checkbox" name="modes" value={mode} checked={settings.modes.includes(mode)} onChange={(e) => toggle(mode, e.target.checked)} />
              <span className="choice-title" title={MODE_NOTES[mode]}>
                {MODE_LABELS[mode]}
              </span>
            </label>
          ))}
        </div>
        <FieldIssue id="modes-issue" issue={modesIssue} />
      </fieldset>

      <div className="form-row">
        <label className="form-field">
          <span className="field-label">Fault rate</span>
          <select className="select-input" value={settings.faultRate} disabled={locked} onChange={(e) => onChange({ faultRate: Number(e.target.value) })}>
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
            value={settings.budgetSeconds}
            disabled={locked}
            aria-invalid={budgetIssue ? true : undefined}
            aria-describedby={budgetIssue ? 'budget-issue' : undefined}
            onChange={(e) => onChange({ budgetSeconds: e.target.value })}
          />
          <FieldIssue id="budget-issue" issue={budgetIssue} />
        </label>
        <label className="form-field">
          <span className="field-label">Partitions</span>
          <select className="select-input" value={settings.partitions} disabled={locked} onChange={(e) => onChange({ partitions: Number(e.target.value) })}>
            {PARTITION_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n === 1 ? '1 (no split)' : `${n}`}
              </option>
            ))}
          </select>
        </label>
        <label className="form-field">
          <span className="field-label">Repeat</span>
          <select
            className="select-input"
            value={settings.repeats}
            disabled={locked}
            aria-invalid={repeatsIssue ? true : undefined}
            aria-describedby={repeatsIssue ? 'repeats-issue' : undefined}
            onChange={(e) => onChange({ repeats: Number(e.target.value) })}
          >
            {REPEAT_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n === 1 ? 'once' : `${n} times`}
              </option>
            ))}
          </select>
          <FieldIssue id="repeats-issue" issue={repeatsIssue} />
        </label>
      </div>
      <WireChoices settings={settings} onChange={onChange} disabled={locked} />
    </form>
  );
}
