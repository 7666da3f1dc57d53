import { recordedChannel } from './recordings.js';

export interface ScriptedCall {
  readonly operationName: string;
  readonly variables: Record<string, unknown>;
  readonly authorization: string | null;
}

/**
 * A Shop API whose answers a test writes as whole HTTP responses, for what the recordings cannot
 * show: response headers (they were not recorded), failures, and Vendure's GraphQL errors.
 * The channel question is answered from the recording so that cart calls get that far.
 */
export function scriptedShop(answer: (call: ScriptedCall) => Response | Promise<Response>) {
  const calls: ScriptedCall[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const body = JSON.parse(await request.text()) as {
      operationName: string;
      variables: Record<string, unknown>;
    };
    const call = {
      operationName: body.operationName,
      variables: body.variables,
      authorization: request.headers.get('authorization'),
    };
    calls.push(call);
    if (call.operationName === 'Channel') {
      return Response.json({ data: { activeChannel: recordedChannel() } });
    }
    return answer(call);
  };
  return { fetch, calls };
}

/** A GraphQL error as Vendure's I18nError sends it: the message and `extensions.code`. */
export function graphqlError(code: string, message: string, path: string): Response {
  return Response.json({
    errors: [{ message, locations: [{ line: 2, column: 3 }], path: [path], extensions: { code } }],
    data: null,
  });
}
