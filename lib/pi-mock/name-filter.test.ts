import { describe, expect, it } from 'vitest';
import { compileNameFilter } from './name-filter';

describe('compileNameFilter', () => {
  it.each([
    [undefined, 'Anything', true],
    ['Sydney*', 'SYDNEY_Unit01_Flow', true],
    ['Sydney*', 'Perth_Unit01_Flow', false],
    ['*_Unit0?_Flow', 'Perth_Unit07_Flow', true],
    ['*_Unit0?_Flow', 'Perth_Unit17_Flow', false],
    ['*[PT]emperature', 'X_Temperature', true],
    ['*[!T]emperature', 'X_Temperature', false],
    ['exact', 'EXACT', true],
    ['exact', 'exactly', false],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'axxb', false],
    ['50%(x)', '50%(x)', true],
  ])('%j matches %j: %s', (filter, name, expected) => {
    expect(compileNameFilter(filter)(name)).toBe(expected);
  });
});
