import { describe, expect, it } from 'vitest';
import { parseEnvOrThrow } from './env';

describe('parseEnvOrThrow', () => {
  it('applies defaults to an empty environment', () => {
    expect(parseEnvOrThrow({})).toEqual({ MOCK_PI_TAG_COUNT: 128, MOCK_PI_LISTENER: 'process', PI_AUTH: 'none' });
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
  ])('names %s when it is %j', (name, value) => {
    expect(() => parseEnvOrThrow({ [name]: value })).toThrow(name);
  });
});
