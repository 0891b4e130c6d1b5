'use client';

import { useState, type FormEvent } from 'react';
import { fieldIssues, issueFor } from '@/lib/client';
import type { ConnectionAuthMode, ConnectionInput, ConnectionView } from '@/lib/api-contract';
import { Button } from '../ui/button';
import { connectionErrorText } from './connection-error-text';
import { ErrorNotice } from '../ui/error-notice';
import { useSaveConnection } from './use-connection';
import { FormField } from './form-field';
import { KerberosFields, kerberosInputOf, type KerberosFieldValues } from './kerberos-fields';

const AUTH_LABELS: Record<ConnectionAuthMode, string> = { none: 'None', basic: 'Basic (user + password)', bearer: 'Bearer token', negotiate: 'Kerberos (Negotiate)' };

/**
 * The external server's URL and credentials. Password and token inputs are write-only: they start
 * empty, the page only says whether a secret is set, and leaving them blank keeps the saved one
 * as long as the URL stays on the same origin (the server refuses otherwise, naming the field).
 */
export function ConnectionForm({ saved }: { saved: ConnectionView }) {
  const save = useSaveConnection();
  const [url, setUrl] = useState(saved.url ?? '');
  const [auth, setAuth] = useState<ConnectionAuthMode>(saved.auth);
  const [user, setUser] = useState(saved.user ?? '');
  const [secret, setSecret] = useState('');
  const [kerberos, setKerberos] = useState<KerberosFieldValues>({
    source: saved.kerberos?.keytab ? 'keytab' : 'ticket-cache',
    principal: saved.kerberos?.principal ?? '',
    keytab: saved.kerberos?.keytab ?? '',
    spn: saved.kerberos?.spn ?? '',
  });
  const issues = fieldIssues(save.error);
  const secretSaved = saved.hasSecret && saved.auth === auth;

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const input: ConnectionInput = { url: url.trim(), auth };
    if (auth === 'basic' && user !== '') input.user = user;
    if (auth === 'basic' && secret !== '') input.password = secret;
    if (auth === 'bearer' && secret !== '') input.token = secret;
    if (auth === 'negotiate') input.kerberos = kerberosInputOf(kerberos);
    save.mutate(input, { onSuccess: () => setSecret('') });
  }

  return (
    <form className="connection-form" onSubmit={submit} noValidate aria-label="External PI Web API">
      <FormField label="PI Web API URL" issue={issueFor(issues, 'url')} hint="e.g. https://pi.example.com/piwebapi">
        {(id, describedBy) => (
          <input id={id} className="text-input" type="url" value={url} onChange={(e) => setUrl(e.target.value)} aria-invalid={describedBy ? true : undefined} aria-describedby={describedBy} autoComplete="url" />
        )}
      </FormField>
      <FormField label="Authentication" issue={issueFor(issues, 'auth')}>
        {(id) => (
          <select id={id} className="select-input" value={auth} onChange={(e) => { setAuth(e.target.value as ConnectionAuthMode); setSecret(''); }}>
            {(Object.keys(AUTH_LABELS) as ConnectionAuthMode[]).map((mode) => (
              <option key={mode} value={mode}>
                {AUTH_LABELS[mode]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {auth === 'basic' ? (
        <FormField label="User" issue={issueFor(issues, 'user')}>
          {(id, describedBy) => (
            <input id={id} className="text-input" value={user} onChange={(e) => setUser(e.target.value)} aria-invalid={describedBy ? true : undefined} aria-describedby={describedBy} autoComplete="username" />
          )}
        </FormField>
      ) : null}
      {auth === 'negotiate' ? <KerberosFields values={kerberos} onChange={setKerberos} issues={issues} /> : null}
      {auth === 'basic' || auth === 'bearer' ? (
        <FormField
          label={auth === 'basic' ? 'Password' : 'Token'}
          issue={issueFor(issues, auth === 'basic' ? 'password' : 'token')}
          hint={secretSaved ? 'A secret is set for the saved server; leave blank to keep it. A URL on another host, port or scheme needs its own.' : 'No secret is set yet.'}
        >
          {(id, describedBy) => (
            <input
              id={id}
              className="text-input"
              type="password"
              value={secret}
              placeholder={secretSaved ? '•••••••• (set)' : ''}
              onChange={(e) => setSecret(e.target.value)}
              aria-invalid={describedBy ? true : undefined}
              aria-describedby={describedBy}
              autoComplete="new-password"
            />
          )}
        </FormField>
      ) : null}
      <div className="run-actions">
        <Button type="submit" disabled={save.isPending}>
          Save connection
        </Button>
        <p className="muted" role="status">
          {save.isSuccess ? 'Saved on the server (memory only).' : ''}
        </p>
      </div>
      {save.error ? <ErrorNotice title="The connection was not saved" message={connectionErrorText(save.error)} /> : null}
    </form>
  );
}
