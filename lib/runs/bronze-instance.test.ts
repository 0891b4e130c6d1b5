import { describe, expect, it } from 'vitest';
import { BronzeUnavailableError, bronzeUnavailableBody } from './bronze-instance';

describe('bronzeUnavailableBody', () => {
  it('turns a store held by another process into the 503 body naming the file', () => {
    const locked = new BronzeUnavailableError({ kind: 'locked', file: 'data/bronze.duckdb', message: 'Could not set lock on file' });
    expect(bronzeUnavailableBody(locked)).toEqual({
      code: 'unavailable',
      message: 'The bronze store is unavailable: data/bronze.duckdb is in use by another process: Could not set lock on file',
    });
  });

  it('leaves any other failure to the 500 path', () => {
    expect(bronzeUnavailableBody(new Error('boom'))).toBeNull();
    expect(bronzeUnavailableBody('boom')).toBeNull();
  });
});
