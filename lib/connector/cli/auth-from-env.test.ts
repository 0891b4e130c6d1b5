import { describe, expect, it } from 'vitest';
import { authFromEnv } from './auth-from-env';

describe('authFromEnv negotiate', () => {
  it('needs no secret: Kerberos finds the ticket cache or client keytab itself', () => {
    expect(authFromEnv('negotiate', {})).toEqual({ ok: true, value: { mode: 'negotiate' } });
  });

  it('takes the SPN override and the client principal from the environment', () => {
    expect(authFromEnv('negotiate', { PI_SPN: 'HTTP@pi-host.example.com', PI_KRB5_PRINCIPAL: 'svc@EXAMPLE.COM', KRB5_CLIENT_KTNAME: '/k' })).toEqual({
      ok: true,
      value: { mode: 'negotiate', spn: 'HTTP@pi-host.example.com', principal: 'svc@EXAMPLE.COM' },
    });
  });
});
