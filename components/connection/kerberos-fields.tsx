'use client';

import { issueFor, type fieldIssues } from '@/lib/client';
import { FormField } from './form-field';

type InputIssue = ReturnType<typeof fieldIssues>[number];

export type KerberosSource = 'ticket-cache' | 'keytab';

export interface KerberosFieldValues {
  source: KerberosSource;
  principal: string;
  keytab: string;
  spn: string;
}

function TextField({ label, hint, issue, value, onChange, placeholder }: { label: string; hint: string; issue: string | undefined; value: string; onChange: (v: string) => void; placeholder?: string }) {
  return (
    <FormField label={label} hint={hint} issue={issue}>
      {(id, describedBy) => (
        <input
          id={id}
          className="text-input"
          value={value}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={issue ? true : undefined}
          aria-describedby={describedBy}
          spellCheck={false}
        />
      )}
    </FormField>
  );
}

/**
 * Kerberos (Negotiate): where the server's connector gets its ticket. Nothing here is a secret:
 * the keys stay in the keytab file or ticket cache on the server, and only the path is sent.
 */
export function KerberosFields({ values, onChange, issues }: { values: KerberosFieldValues; onChange: (next: KerberosFieldValues) => void; issues: readonly InputIssue[] }) {
  const set = (patch: Partial<KerberosFieldValues>) => onChange({ ...values, ...patch });
  return (
    <>
      <fieldset className="choice-group">
        <legend className="field-label">Kerberos credentials</legend>
        <label className="choice-tile">
          <input type="radio" name="kerberos-source" value="ticket-cache" checked={values.source === 'ticket-cache'} onChange={() => set({ source: 'ticket-cache' })} />
          <span className="choice-title">The server&apos;s ticket cache (kinit, KRB5CCNAME)</span>
        </label>
        <label className="choice-tile">
          <input type="radio" name="kerberos-source" value="keytab" checked={values.source === 'keytab'} onChange={() => set({ source: 'keytab' })} />
          <span className="choice-title">A client keytab on the server</span>
        </label>
      </fieldset>
      {values.source === 'keytab' ? (
        <>
          <TextField label="Principal" hint="Optional: the keytab's first principal otherwise." placeholder="svc-pi@EXAMPLE.COM" issue={issueFor(issues, 'kerberos.principal')} value={values.principal} onChange={(principal) => set({ principal })} />
          <TextField label="Keytab path" hint="Absolute path on the dashboard's server, readable by its account." placeholder="/etc/pi/svc-pi.keytab" issue={issueFor(issues, 'kerberos.keytab')} value={values.keytab} onChange={(keytab) => set({ keytab })} />
        </>
      ) : null}
      <TextField label="Service principal (SPN)" hint="Optional: HTTP@<host of the URL> otherwise." placeholder="HTTP@pi.example.com" issue={issueFor(issues, 'kerberos.spn')} value={values.spn} onChange={(spn) => set({ spn })} />
    </>
  );
}

/** The PUT body's `kerberos` field: blanks left out, the principal and keytab only for a keytab. */
export function kerberosInputOf(values: KerberosFieldValues): { principal?: string; keytab?: string; spn?: string } {
  const input: { principal?: string; keytab?: string; spn?: string } = {};
  if (values.source === 'keytab' && values.principal.trim() !== '') input.principal = values.principal.trim();
  if (values.source === 'keytab') input.keytab = values.keytab.trim();
  if (values.spn.trim() !== '') input.spn = values.spn.trim();
  return input;
}
