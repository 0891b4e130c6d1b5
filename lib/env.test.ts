import { describe, expect, it } from 'vitest';
import { parseEnvOrThrow } from './env';

describe('parseEnvOrThrow', () => {
  it('applies defaults to an empty environment', () => {
    expect(parseEnvOrThrow({})).toEqual({ MOCK_PI_TAG_COUNT: 128, MOCK_PI_LISTENER: 'process', PI_AUTH: 'none', ALLOWED_HOSTS: [], TRUST_PROXY: false });
  });

  it('coerces the tag count and treats empty strings as unset', () => {
    const env = parseEnvOrThrow({ MOCK_PI_TAG_COUNT: '30240', PI_BASE_URL: '', PI_AUTH: 'basic' });
    expect(env.MOCK_PI_TAG_COUNT).toBe(30240);
    expect(env.PI_BASE_URL).toBeUndefined();
    expect(env.PI_AUTH).toBe('basic');
  });

  it.each([
    ['MOCK_PI_TAG_COUNT', 'lots'],
    ['MOCK_PI_TAG_COUNT', '0'],
    ['MOCK_PI_TAG_COUNT', '12.5'],
    ['PI_BASE_URL', 'not a url'],
    ['PI_AUTH', 'kerberos'],
    ['ALLOWED_HOSTS', 'demo.example:3000'],
    ['ALLOWED_HOSTS', 'ok.example, evil.example/path'],
    ['ALLOWED_HOSTS', 'fd00::5'],
    ['TRUST_PROXY', 'maybe'],
  ])('names %s when it is %j', (name, value) => {
    expect(() => parseEnvOrThrow({ [name]: value })).toThrow(name);
  });

  it('splits ALLOWED_HOSTS on commas, trimmed and lower-cased, and keeps bracketed IPv6', () => {
    expect(parseEnvOrThrow({ ALLOWED_HOSTS: ' Demo.Example ,10.0.0.5,,[fd00::5]' }).ALLOWED_HOSTS).toEqual(['demo.example', '10.0.0.5', '[fd00::5]']);
  });

  it.each([
    ['1', true],
    ['true', true],
    ['yes', true],
    ['0', false],
    ['false', false],
    ['off', false],
  ])('reads TRUST_PROXY=%j as %s', (value, expected) => {
    expect(parseEnvOrThrow({ TRUST_PROXY: value }).TRUST_PROXY).toBe(expected);
  });
});
