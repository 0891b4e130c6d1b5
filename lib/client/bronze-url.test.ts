import { describe, expect, it } from 'vitest';
import { bronzeUrl } from './bronze-url';

describe('bronzeUrl', () => {
  it('encodes parameters and leaves out absent ones', () => {
    expect(bronzeUrl('tags', { search: 'Unit 01&x', limit: 20, webId: null, parent: undefined, template: '' })).toBe(
      '/api/bronze/tags?search=Unit+01%26x&limit=20',
    );
  });

  it('has no query string without parameters', () => {
    expect(bronzeUrl('af/levels')).toBe('/api/bronze/af/levels');
  });
});
