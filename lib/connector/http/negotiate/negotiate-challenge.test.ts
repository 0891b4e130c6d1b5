import { describe, expect, it } from 'vitest';
import { negotiateChallenge } from './negotiate-challenge';

describe('negotiateChallenge', () => {
  it.each([
    [undefined, { offered: false, token: undefined }],
    ['Basic realm="PI"', { offered: false, token: undefined }],
    ['Negotiate', { offered: true, token: undefined }],
    ['Basic realm="PI", Negotiate', { offered: true, token: undefined }],
    [['Basic realm="PI"', 'Negotiate'], { offered: true, token: undefined }],
    ['Negotiate oYG3MIG0oAMKAQ+i==', { offered: true, token: 'oYG3MIG0oAMKAQ+i==' }],
    ['negotiate YWJj', { offered: true, token: 'YWJj' }],
    ['NTLM', { offered: false, token: undefined }],
  ])('%j', (header, expected) => {
    expect(negotiateChallenge(header)).toEqual(expected);
  });
});
