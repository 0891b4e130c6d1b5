import { describe, expect, it } from 'vitest';
import { findWebException, piErrorsFrom } from './pi-error-body';

const b = (text: string) => Buffer.from(text);

describe('piErrorsFrom', () => {
  it.each([
    ['PI Errors', '{"Errors":["Unknown or invalid WebID format: \'x\'."]}', 'application/json', ["Unknown or invalid WebID format: 'x'."]],
    ['ASP.NET Message', '{"Message":"An error has occurred."}', 'application/json', ['An error has occurred.']],
    ['non-string entries', '{"Errors":[{"a":1}]}', 'application/json', ['{"a":1}']],
    ['no Errors field', '{"Items":[]}', 'application/json', []],
    ['broken JSON', '{"Errors":[', 'application/json', []],
    ['empty', '', undefined, []],
    ['HTML page', '<html><body>Bad gateway</body></html>', 'text/html', []],
    ['plain text', 'Rate limit was reached\n', 'text/plain; charset=utf-8', ['Rate limit was reached']],
  ])('%s', (_label, body, contentType, expected) => {
    expect(piErrorsFrom(b(body), contentType)).toEqual(expected);
  });
});

describe('findWebException', () => {
  const documented = '{\n  "WebException": {\n    "Errors": ["Error occurred during writing of the output stream."],\n    "StatusCode": 500\n  }\n}';

  it('finds the documented body shape', () => {
    expect(findWebException(b(documented))).toEqual({
      Errors: ['Error occurred during writing of the output stream.'],
      StatusCode: 500,
    });
  });

  it('finds one appended after a long Items array', () => {
    const items = Array.from({ length: 2000 }, (_, i) => `{"Value":${i}}`).join(',');
    const body = `{"Items":[${items}],"WebException":{"Errors":["cut"],"StatusCode":502}}`;
    expect(findWebException(b(body))).toEqual({ Errors: ['cut'], StatusCode: 502 });
  });

  it('ignores null, absence, and nested WebExceptions', () => {
    expect(findWebException(b('{"WebException":null,"Items":[]}'))).toBeUndefined();
    expect(findWebException(b('{"Items":[{"Value":1}]}'))).toBeUndefined();
    expect(findWebException(b('{"Items":[{"Value":1,"WebException":{"StatusCode":500}}]}'))).toBeUndefined();
  });

  it('does not look in the middle of a large body', () => {
    const pad = 'x'.repeat(5000);
    const body = `{"A":"${pad}","WebException":{"StatusCode":500},"B":"${pad}"}`;
    expect(findWebException(b(body))).toBeUndefined();
  });
});
