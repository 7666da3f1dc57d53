import { Hono } from 'hono';
import * as v from 'valibot';
import { memberOf } from '../auth/middleware.js';
import { authorize } from '../auth/permissions.js';
import type { Deps } from '../http/deps.js';
import type { AppEnv } from '../http/env.js';
import { readIdempotencyKey, REPLAYED_HEADER } from '../http/idempotency.js';
import {
  idSchema,
  isoDateSchema,
  minorUnitsSchema,
  parseJsonBody,
  parseQuery,
  pathId,
  quantitySchema,
  queryChoice,
  queryInteger,
  textSchema,
} from '../http/validate.js';
import { QUOTE_STATUSES } from './machine.js';
import * as quotes from './service.js';

export const MAX_QUOTE_LINES = 100;
const messageSchema = textSchema(2000);

const QuoteLinesSchema = v.pipe(
  v.array(
    v.object({
      offerId: idSchema,
      quantity: quantitySchema,
      targetPrice: v.optional(minorUnitsSchema),
    }),
    'Must be a list of lines',
  ),
  v.minLength(1, 'Must hold at least one line'),
  v.maxLength(MAX_QUOTE_LINES, `Must hold at most ${MAX_QUOTE_LINES} lines`),
);

export const CreateQuoteBody = v.object({
  lines: QuoteLinesSchema,
  message: v.optional(messageSchema),
});

export const UpdateQuoteBody = v.object({ lines: QuoteLinesSchema });

export const AnswerQuoteBody = v.object({
  lines: v.pipe(
    v.array(v.object({ lineId: idSchema, unitPrice: minorUnitsSchema }), 'Must be a list of lines'),
    v.minLength(1, 'Must hold at least one line'),
    v.maxLength(MAX_QUOTE_LINES, `Must hold at most ${MAX_QUOTE_LINES} lines`),
  ),
  validUntil: isoDateSchema,
  message: v.optional(messageSchema),
});

/** Accept, reject, submit and cancel take an optional note for the thread. */
export const QuoteNoteBody = v.object({ message: v.optional(messageSchema) });
export const RevisionBody = v.object({ message: messageSchema });
export const QuoteMessageBody = v.object({ body: messageSchema });

export const QuoteListQuery = v.object({
  status: queryChoice(QUOTE_STATUSES),
  page: v.optional(queryInteger(1, 1_000_000), '1'),
  pageSize: v.optional(queryInteger(1, 100), '20'),
});

export function quoteRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const id = (c: Parameters<typeof pathId>[0]) => pathId(c, 'id', 'quote');

  app.get('/api/quotes', authorize('listQuotes'), async (c) => {
    const query = parseQuery(c, QuoteListQuery);
    return c.json(await quotes.listQuotes(deps, memberOf(c), query));
  });

  app.post('/api/quotes', authorize('createQuote'), async (c) => {
    const body = await parseJsonBody(c, CreateQuoteBody);
    return c.json(await quotes.createQuote(deps, memberOf(c), body), 201);
  });

  app.get('/api/quotes/:id', authorize('getQuote'), async (c) =>
    c.json(await quotes.getQuote(deps, memberOf(c), id(c))),
  );

  app.patch('/api/quotes/:id', authorize('updateQuote'), async (c) => {
    const body = await parseJsonBody(c, UpdateQuoteBody);
    return c.json(await quotes.updateQuote(deps, memberOf(c), id(c), body));
  });

  app.post('/api/quotes/:id/submit', authorize('submitQuote'), async (c) => {
    const body = await parseJsonBody(c, QuoteNoteBody);
    return c.json(await quotes.submitQuote(deps, memberOf(c), id(c), body.message));
  });

  app.post('/api/quotes/:id/answer', authorize('answerQuote'), async (c) => {
    const body = await parseJsonBody(c, AnswerQuoteBody);
    return c.json(await quotes.answerQuote(deps, memberOf(c), id(c), body));
  });

  app.post('/api/quotes/:id/accept', authorize('acceptQuote'), async (c) => {
    const key = readIdempotencyKey(c, false);
    const body = await parseJsonBody(c, QuoteNoteBody);
    const answer = await quotes.acceptQuote(deps, memberOf(c), id(c), body, key);
    if (answer.replayed) c.header(REPLAYED_HEADER, 'true');
    return c.json(answer.body, answer.status);
  });

  app.post('/api/quotes/:id/reject', authorize('rejectQuote'), async (c) => {
    const body = await parseJsonBody(c, QuoteNoteBody);
    return c.json(await quotes.rejectQuote(deps, memberOf(c), id(c), body.message));
  });

  app.post('/api/quotes/:id/request-revision', authorize('requestQuoteRevision'), async (c) => {
    const body = await parseJsonBody(c, RevisionBody);
    return c.json(await quotes.requestRevision(deps, memberOf(c), id(c), body.message));
  });

  app.post('/api/quotes/:id/cancel', authorize('cancelQuote'), async (c) => {
    const body = await parseJsonBody(c, QuoteNoteBody);
    return c.json(await quotes.cancelQuote(deps, memberOf(c), id(c), body.message));
  });

  app.post('/api/quotes/:id/messages', authorize('addQuoteMessage'), async (c) => {
    const body = await parseJsonBody(c, QuoteMessageBody);
    return c.json(await quotes.addMessage(deps, memberOf(c), id(c), body.body), 201);
  });

  return app;
}
