import assert from 'node:assert/strict';
// Ajv: the maintained JSON Schema validator, with draft 2020-12 — the dialect of OpenAPI 3.1 —
// so responses are checked against the very schemas the document publishes, not a copy.
// Dev dependency only; four small dependencies, no native code.
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import { openApiDocument } from '../src/openapi.js';

/** The parts of an OpenAPI 3.1 document the tests walk. */
export interface RefObject {
  $ref: string;
}
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
}
export interface MediaTypes {
  [mediaType: string]: { schema: RefObject | Record<string, unknown> };
}
export interface ResponseObject {
  description: string;
  content?: MediaTypes;
}
export interface Operation {
  operationId: string;
  parameters?: (Parameter | RefObject)[];
  requestBody?: { content: MediaTypes };
  responses: Record<string, ResponseObject | RefObject>;
}
export interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, unknown>;
    responses: Record<string, ResponseObject>;
    parameters: Record<string, Parameter>;
  };
}

/** The served document as plain JSON, typed for walking. */
export function loadDocument(): OpenApiDoc {
  return JSON.parse(JSON.stringify(openApiDocument())) as OpenApiDoc;
}

const isRef = (value: object): value is RefObject => '$ref' in value;

/** Follows a "#/components/<kind>/<name>" reference. */
export function deref<T extends object>(doc: OpenApiDoc, value: T | RefObject): T {
  if (!isRef(value)) return value;
  const [, kind, name] = /^#\/components\/(\w+)\/(\w+)$/.exec(value.$ref) ?? [];
  const table = (doc.components as Record<string, Record<string, unknown> | undefined>)[kind ?? ''];
  const target = table?.[name ?? ''];
  assert.ok(target, `Unresolved ${value.$ref}`);
  return target as T;
}

const SCHEMA_ID = 'urn:vitrine:openapi';

export interface Exchange {
  method: string;
  path: string;
  status: number;
  contentType: string | null;
  body: unknown;
  requestBody?: unknown;
}

export interface Contract {
  /** Validates one JSON value against a component schema; throws with Ajv's errors. */
  assertSchema(name: string, value: unknown): void;
  /** Validates a real exchange against the operation the document gives for it. */
  assertExchange(exchange: Exchange): void;
  /** "/api/carts/abc/lines" → "/api/carts/{id}/lines", or null when the document has no such path. */
  matchPath(path: string): string | null;
}

function templateRegex(template: string): RegExp {
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

export function createContract(doc: OpenApiDoc = loadDocument()): Contract {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addKeyword('components'); // the container below; not a validation keyword
  ajv.addKeyword('x-transitions'); // documentation of the quote state machine
  ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  ajv.addFormat('uri-reference', /^\S*$/);
  ajv.addFormat('date', /^\d{4}-\d\d-\d\d$/);
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/);
  ajv.addSchema({ $id: SCHEMA_ID, components: { schemas: doc.components.schemas } });

  const cache = new Map<string, ValidateFunction>();
  const check = (schema: object, value: unknown, what: string) => {
    assert.ok(
      isRef(schema) && schema.$ref.startsWith('#/components/schemas/'),
      `Bodies must use component schemas, got ${JSON.stringify(schema)}`,
    );
    let validate = cache.get(schema.$ref);
    if (!validate) {
      validate = ajv.compile({ $ref: `${SCHEMA_ID}${schema.$ref}` });
      cache.set(schema.$ref, validate);
    }
    if (!validate(value)) {
      assert.fail(
        `${what} does not match ${schema.$ref}:\n${ajv.errorsText(validate.errors, { separator: '\n' })}\n` +
          JSON.stringify(value, null, 1).slice(0, 2000),
      );
    }
  };
  const templates = Object.keys(doc.paths).map((template) => ({
    template,
    regex: templateRegex(template),
  }));
  const matchPath = (path: string) =>
    templates.find(({ regex }) => regex.test(path))?.template ?? null;

  return {
    matchPath,
    assertSchema(name, value) {
      check({ $ref: `#/components/schemas/${name}` }, value, 'Value');
    },
    assertExchange({ method, path, status, contentType, body, requestBody }) {
      const template = matchPath(path);
      const where = `${method} ${path}`;
      const operation = template === null ? undefined : doc.paths[template]![method.toLowerCase()];
      if (operation === undefined) {
        // Outside the API (unknown route or method): still the documented error shape.
        assert.equal(status, 404, `${where} is not in the OpenAPI document`);
        check({ $ref: '#/components/schemas/Error' }, body, `${where} → ${status}`);
        return;
      }
      const documented = operation.responses[String(status)];
      assert.ok(
        documented,
        `${where} answered ${status}, which ${method} ${template} does not document`,
      );
      const { content } = deref(doc, documented);
      if (status === 204) {
        assert.equal(content, undefined, `${where} → 204 documents a body`);
        assert.equal(body, '', `${where} → 204 sent a body`);
        return;
      }
      const mediaType = (contentType ?? '').split(';')[0]!.trim();
      const media = content?.[mediaType];
      assert.ok(
        media,
        `${where} → ${status} sent ${mediaType}, documented: ${Object.keys(content ?? {})}`,
      );
      if (mediaType === 'application/json') check(media.schema, body, `${where} → ${status}`);
      if (requestBody !== undefined && status < 300 && operation.requestBody) {
        const schema = operation.requestBody.content['application/json']!.schema;
        check(schema, requestBody, `${where} request body`);
      }
    },
  };
}
