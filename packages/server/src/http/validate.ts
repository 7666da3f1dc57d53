import type { Context } from 'hono';
import * as v from 'valibot';
import { notFound, validationError, type FieldError } from './errors.js';

type AnySchema = v.GenericSchema<unknown, unknown>;

function toFields(issues: readonly v.BaseIssue<unknown>[]): FieldError[] {
  return issues.map((issue) => ({
    path: v.getDotPath(issue) ?? '',
    // valibot reports a missing key as an object issue; say it the way a form would.
    message:
      issue.type === 'object' && issue.received === 'undefined' ? 'Is required' : issue.message,
  }));
}

/** Parses or throws a 400 naming each offending field. Nothing else runs before this. */
export function parseInput<S extends AnySchema>(schema: S, input: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (!result.success) throw validationError(toFields(result.issues));
  return result.output;
}

/** Query parameters as a flat object (the first value of a repeated one). */
export function parseQuery<S extends AnySchema>(c: Context, schema: S): v.InferOutput<S> {
  return parseInput(schema, c.req.query());
}

/** The JSON body; an empty body counts as {} so optional-only bodies may be left out. */
export async function parseJsonBody<S extends AnySchema>(
  c: Context,
  schema: S,
): Promise<v.InferOutput<S>> {
  const text = await c.req.text();
  let body: unknown = {};
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      throw validationError([], 'The request body is not valid JSON');
    }
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw validationError([], 'The request body must be a JSON object');
  }
  return parseInput(schema, body);
}

/**
 * A path parameter naming a resource. Ids are short; a longer one cannot exist, so it is a
 * 404 like any unknown id (queries are parameterised: nothing in it is ever interpreted).
 */
export function pathId(c: Context, name = 'id', what = 'resource'): string {
  const id = c.req.param(name) ?? '';
  if (id.length === 0 || id.length > 100) throw notFound(`Unknown ${what} ${id.slice(0, 100)}`);
  return id;
}

const wholeNumber = (min: number, max: number) => `Must be a whole number from ${min} to ${max}`;

/** A JSON number that is a whole quantity from 1 to 999. */
export const quantitySchema = v.pipe(
  v.number(wholeNumber(1, 999)),
  v.integer(wholeNumber(1, 999)),
  v.minValue(1, wholeNumber(1, 999)),
  v.maxValue(999, wholeNumber(1, 999)),
);

/** Minor units of a currency, from 0 to ten million euros' worth. */
export const minorUnitsSchema = v.pipe(
  v.number('Must be a whole number of minor units'),
  v.safeInteger('Must be a whole number of minor units'),
  v.minValue(0, 'Must not be negative'),
  v.maxValue(1_000_000_000, 'Must be at most 1000000000'),
);

export const currencySchema = v.picklist(['EUR'], 'Must be EUR');

export const amountSchema = v.object({ amount: minorUnitsSchema, currency: currencySchema });

/** A string id in a body (offers, lines, memberships…). */
export const idSchema = v.pipe(
  v.string('Must be a string'),
  v.minLength(1, 'Is required'),
  v.maxLength(100, 'Must be at most 100 characters'),
);

/** Free text a person typed, trimmed, from 1 (or `min`) to `max` characters. */
export const textSchema = (max: number, min = 1) =>
  v.pipe(
    v.string('Must be a string'),
    v.trim(),
    v.minLength(min, min === 1 ? 'Must not be empty' : `Must be at least ${min} characters`),
    v.maxLength(max, `Must be at most ${max} characters`),
  );

/** A calendar date, YYYY-MM-DD, that exists. */
export const isoDateSchema = v.pipe(
  v.string('Must be a date written YYYY-MM-DD'),
  v.isoDate('Must be a date written YYYY-MM-DD'),
  v.check((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, 'Must be a date that exists'),
);

/** A query-string value ("2") that must be a whole number in [min, max]. */
export function queryInteger(min: number, max: number) {
  const message = wholeNumber(min, max);
  return v.pipe(
    v.string(message),
    v.regex(/^\d{1,9}$/, message),
    v.transform(Number),
    v.minValue(min, message),
    v.maxValue(max, message),
  );
}

/** An optional query-string picklist. */
export function queryChoice<const T extends readonly string[]>(choices: T) {
  return v.optional(v.picklist(choices, `Must be one of ${choices.join(', ')}`));
}
