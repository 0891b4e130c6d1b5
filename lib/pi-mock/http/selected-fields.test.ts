import { describe, expect, it } from 'vitest';
import { parseSelectedFields, projectFields } from './selected-fields';

const body = {
  Links: { First: 'a', Last: 'b' },
  Items: [
    { WebId: 'W1', Name: 'N1', Links: { Self: 's1', Value: 'v1' } },
    { WebId: 'W2', Name: 'N2', Links: { Self: 's2', Value: 'v2' } },
  ],
};

describe('selectedFields projection', () => {
  it('keeps everything without the parameter', () => {
    expect(projectFields(body, parseSelectedFields(undefined))).toBe(body);
  });

  it('projects inside arrays and keeps a named parent whole', () => {
    expect(projectFields(body, parseSelectedFields('Items.WebId;items.links.self;Links'))).toEqual({
      Links: { First: 'a', Last: 'b' },
      Items: [
        { WebId: 'W1', Links: { Self: 's1' } },
        { WebId: 'W2', Links: { Self: 's2' } },
      ],
    });
  });

  it('ignores unknown paths and omits what is not selected', () => {
    expect(projectFields(body, parseSelectedFields('Nope.Thing;Items.Name'))).toEqual({
      Items: [{ Name: 'N1' }, { Name: 'N2' }],
    });
  });
});
