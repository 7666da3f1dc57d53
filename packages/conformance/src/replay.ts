/**
 * A fetch that answers with responses recorded from a real backend, so that an adapter is
 * tested on what its backend really sends. A request nobody recorded gets a 501 naming it:
 * a check that needs it fails loudly instead of passing on invented data.
 */

export interface ReplayRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  /** The parsed JSON body, if any. */
  readonly body: unknown;
}

export interface ReplayRoute {
  readonly method: string;
  /** Tested against the pathname. */
  readonly path: RegExp;
  /** Further condition on the request (a GraphQL operation, a query parameter…). */
  readonly when?: (request: ReplayRequest) => boolean;
  readonly status?: number;
  /** The recorded JSON body; a function picks or derives it from the request. */
  readonly response: unknown;
}

export function replayFetch(routes: readonly ReplayRoute[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const text = request.body ? await request.text() : '';
    const recorded: ReplayRequest = {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: text ? (JSON.parse(text) as unknown) : undefined,
    };
    const route = routes.find(
      (candidate) =>
        candidate.method === recorded.method &&
        candidate.path.test(recorded.url.pathname) &&
        (candidate.when?.(recorded) ?? true),
    );
    if (!route) {
      const what = `${recorded.method} ${recorded.url.pathname}${recorded.url.search}`;
      return Response.json({ message: `No recorded answer for ${what}` }, { status: 501 });
    }
    const body =
      typeof route.response === 'function'
        ? (route.response as (request: ReplayRequest) => unknown)(recorded)
        : route.response;
    return Response.json(body, { status: route.status ?? 200 });
  };
}
