import type { Context } from 'hono';
import * as v from 'valibot';
import { validationError, type FieldError } from './errors.js';

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

/** A JSON number that is a whole quantity from 1 to 999. */
export const quantitySchema = v.pipe(
  v.number('Must be a whole number from 1 to 999'),
  v.integer('Must be a whole number from 1 to 999'),
  v.minValue(1, 'Must be a whole number from 1 to 999'),
  v.maxValue(999, 'Must be a whole number from 1 to 999'),
);

/** A query-string value ("2") that must be a whole number in [min, max]. */
export function queryInteger(min: number, max: number) {
  const message = `Must be a whole number from ${min} to ${max}`;
  return v.pipe(
    v.string(message),
    v.regex(/^\d{1,9}$/, message),
    v.transform(Number),
    v.minValue(min, message),
    v.maxValue(max, message),
  );
}
