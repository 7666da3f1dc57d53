import { MAX_LINE_QUANTITY } from '../cart/types.js';

/** Building blocks of the OpenAPI document: JSON Schema (2020-12) values, written by hand. */

export type Schema = Record<string, unknown>;

export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });

/**
 * A closed object: every listed property required, no other allowed — a field added to a
 * response without being documented fails the tests. `optional` properties may be absent.
 */
export const closed = (
  properties: Record<string, Schema>,
  description?: string,
  optional: Record<string, Schema> = {},
): Schema => ({
  type: 'object',
  ...(description ? { description } : {}),
  required: Object.keys(properties),
  additionalProperties: false,
  properties: { ...properties, ...optional },
});

/** A request body: what the server reads; unknown properties are ignored. */
export const request = (
  required: Record<string, Schema>,
  optional: Record<string, Schema> = {},
  description?: string,
): Schema => ({
  type: 'object',
  ...(description ? { description } : {}),
  ...(Object.keys(required).length > 0 ? { required: Object.keys(required) } : {}),
  properties: { ...required, ...optional },
});

export const nullable = (schema: Schema): Schema => ({ oneOf: [schema, { type: 'null' }] });

export const json = (schema: Schema) => ({ 'application/json': { schema } });

export const page = (itemSchema: string, description: string, extra: Record<string, Schema> = {}) =>
  closed(
    {
      items: { type: 'array', items: ref(itemSchema) },
      total: { type: 'integer', minimum: 0, description: 'Items over all pages.' },
      page: { type: 'integer', minimum: 1 },
      pageSize: { type: 'integer', minimum: 1, maximum: 100 },
      ...extra,
    },
    description,
  );

export const minorUnits: Schema = {
  type: 'integer',
  description: 'Amount in minor units of the currency (cents for EUR). Never a decimal number.',
};
export const currency: Schema = {
  type: 'string',
  pattern: '^[A-Z]{3}$',
  description: 'ISO 4217 code',
  examples: ['EUR'],
};
export const vatRate: Schema = {
  type: 'integer',
  minimum: 0,
  maximum: 10000,
  description: 'VAT rate in basis points of a percent: 2000 is 20 %, 550 is 5.5 %.',
  examples: [2000, 1000, 550],
};
export const timestamp: Schema = { type: 'string', format: 'date-time' };
export const isoDate: Schema = {
  type: 'string',
  format: 'date',
  description: 'A calendar day, YYYY-MM-DD.',
};
export const quantity: Schema = { type: 'integer', minimum: 1, maximum: MAX_LINE_QUANTITY };
export const text = (maxLength: number, description?: string): Schema => ({
  type: 'string',
  minLength: 1,
  maxLength,
  ...(description ? { description } : {}),
});
export const id: Schema = { type: 'string', minLength: 1, maxLength: 100 };
export const amountRequest: Schema = {
  type: 'object',
  required: ['amount', 'currency'],
  properties: {
    amount: { type: 'integer', minimum: 0, maximum: 1_000_000_000 },
    currency: { const: 'EUR' },
  },
};
