/**
 * Checks a response body against PI Web API's own swagger spec (shared/reference): every field
 * the mock emits must exist in the operation's response definition, with a compatible JSON type.
 * The repository is always cloned with `shared/` beside it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface SwaggerSchema {
  $ref?: string;
  type?: string;
  properties?: Record<string, SwaggerSchema>;
  items?: SwaggerSchema;
  additionalProperties?: SwaggerSchema | boolean;
}

interface Swagger {
  definitions: Record<string, SwaggerSchema>;
  paths: Record<string, Record<string, { responses: Record<string, { schema?: SwaggerSchema }> }>>;
}

const SWAGGER_FILE = path.resolve(__dirname, '../../../../shared/reference/piwebapi-2018sp1-swagger.json');
let cached: Swagger | undefined;

function swagger(): Swagger {
  cached ??= JSON.parse(readFileSync(SWAGGER_FILE, 'utf8')) as Swagger;
  return cached;
}

function resolve(schema: SwaggerSchema): SwaggerSchema {
  if (!schema.$ref) return schema;
  const name = decodeURIComponent(schema.$ref.replace('#/definitions/', ''));
  const def = swagger().definitions[name];
  if (!def) throw new Error(`swagger has no definition ${name}`);
  return def;
}

/** The 200/207 response schema of an operation, e.g. ('/streams/{webId}/recorded', 'get'). */
export function responseSchema(route: string, method: 'get' | 'post' = 'get'): SwaggerSchema {
  const op = swagger().paths[route]?.[method];
  if (!op) throw new Error(`swagger has no operation ${method.toUpperCase()} ${route}`);
  const schema = (op.responses['200'] ?? op.responses['207'])?.schema;
  if (!schema) throw new Error(`swagger gives no response schema for ${method.toUpperCase()} ${route}`);
  return schema;
}

export function definition(name: string): SwaggerSchema {
  return { $ref: `#/definitions/${name}` };
}

/** Every place where the body has a field the spec lacks, or a value of the wrong JSON type. */
export function conformanceProblems(schema: SwaggerSchema, value: unknown, at = '$'): string[] {
  if (value === null || value === undefined) return [];
  const s = resolve(schema);
  if (s.properties) {
    if (typeof value !== 'object' || Array.isArray(value)) return [`${at}: expected an object`];
    const problems: string[] = [];
    for (const [key, child] of Object.entries(value)) {
      const prop = s.properties[key];
      if (!prop) problems.push(`${at}.${key}: not in the spec`);
      else problems.push(...conformanceProblems(prop, child, `${at}.${key}`));
    }
    return problems;
  }
  switch (s.type) {
    case 'array':
      if (!Array.isArray(value)) return [`${at}: expected an array`];
      return s.items ? value.flatMap((v, i) => conformanceProblems(s.items!, v, `${at}[${i}]`)) : [];
    case 'string':
      return typeof value === 'string' ? [] : [`${at}: expected a string`];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${at}: expected an integer`];
    case 'number':
      return typeof value === 'number' ? [] : [`${at}: expected a number`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at}: expected a boolean`];
    case 'object':
      if (s.additionalProperties && typeof s.additionalProperties === 'object' && typeof value === 'object') {
        const inner = s.additionalProperties;
        return Object.entries(value as object).flatMap(([k, v]) => conformanceProblems(inner, v, `${at}.${k}`));
      }
      return []; // a bare object: any JSON value (contract: a `Value`)
    default:
      return [];
  }
}
