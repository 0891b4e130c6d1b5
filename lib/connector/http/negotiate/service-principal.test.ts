import { describe, expect, it } from 'vitest';
import { servicePrincipalFor } from './service-principal';

describe('servicePrincipalFor', () => {
  it.each([
    ['https://PI.example.com/piwebapi', undefined, 'HTTP@pi.example.com'],
    ['http://localhost:8000/piwebapi', undefined, 'HTTP@localhost'],
    ['https://pi-alias.example.com/piwebapi', 'HTTP@pi-host.example.com', 'HTTP@pi-host.example.com'],
    ['https://pi.example.com:8443/piwebapi', '  ', 'HTTP@pi.example.com'],
  ])('%s with override %s is %s', (url, override, spn) => {
    expect(servicePrincipalFor(url, override)).toBe(spn);
  });
});
