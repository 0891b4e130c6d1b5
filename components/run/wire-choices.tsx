'use client';

import type { RunFormSettings } from '@/lib/client';

interface WireChoicesProps {
  settings: RunFormSettings;
  onChange: (patch: Partial<RunFormSettings>) => void;
  disabled: boolean;
}

/**
 * What the connector asks the server for: gzip and selectedFields, both on by default as in
 * `npm run extract`. Turning one off and running again is how the Run and Performance pages come
 * to show what it saves, measured rather than assumed.
 */
export function WireChoices({ settings, onChange, disabled }: WireChoicesProps) {
  return (
    <fieldset className="choice-group" disabled={disabled}>
      <legend className="field-label">Bytes on the wire</legend>
      <div className="mode-choices">
        <label className="choice-tile">
          <input type="checkbox" name="gzip" checked={settings.gzip} onChange={(e) => onChange({ gzip: e.target.checked })} />
          <span className="choice-title" title="Accept-Encoding: gzip; the server compresses each answer">
            gzip
          </span>
        </label>
        <label className="choice-tile">
          <input type="checkbox" name="selectedFields" checked={settings.selectedFields} onChange={(e) => onChange({ selectedFields: e.target.checked })} />
          <span className="choice-title" title="selectedFields: only timestamp, value and quality flags, not full PI value JSON">
            selectedFields
          </span>
        </label>
      </div>
    </fieldset>
  );
}
