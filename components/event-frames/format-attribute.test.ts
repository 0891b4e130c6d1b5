import { describe, expect, it } from 'vitest';
import { formatAttribute } from './format-attribute';

describe('formatAttribute', () => {
  it.each([
    [6350, '6,350'],
    [9.3612, '9.361'],
    ['WO-928953', 'WO-928953'],
    [true, 'true'],
    [null, '–'],
    [undefined, '–'],
    [{ Name: 'Running', Value: 1 }, '{"Name":"Running","Value":1}'],
  ])('%j reads %s', (value, text) => {
    expect(formatAttribute(value)).toBe(text);
  });
});
