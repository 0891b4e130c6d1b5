/** Public surface of pi-contract: WebIDs, PI time strings, PI JSON schemas and the camelCase mapping. */
export * from './webid';
export * from './pi-time';
export * from './schemas/common';
export * from './schemas/timed-value';
export * from './schemas/streams';
export * from './schemas/data-servers';
export * from './schemas/af';
export * from './schemas/event-frames';
export * from './schemas/batch';
export * from './schemas/system';
export * from './map';
