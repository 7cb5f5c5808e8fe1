/**
 * An HTTP client that talks to Quorum the way its pages do: it keeps cookies,
 * sends the page's Origin, submits server-action forms as a browser without
 * JavaScript would (the hidden `$ACTION_…` fields React renders into the form),
 * and calls a server action the way the client runtime does (a POST to the
 * page with the `Next-Action` header and the arguments as JSON).
 */
export interface Timed {
  readonly status: number;
  readonly text: string;
  readonly headers: Headers;
  readonly ms: number;
}

const ENTITIES: Record<string, string> = {
  "&quot;": '"',
  "&amp;": "&",
  "&#x27;": "'",
  "&#39;": "'",
  "&lt;": "<",
  "&gt;": ">",
};
const unescapeHtml = (text: string) =>
  text.replace(/&(?:quot|amp|#x27|#39|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);

/** The hidden fields React puts in a form whose action is a server action (the first such form on the page). */
export function actionFormFields(html: string): Array<[string, string]> {
  const fields: Array<[string, string]> = [];
  for (const match of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /\sname="([^"]*)"/.exec(match[0])?.[1];
    if (!name?.startsWith("$ACTION")) continue;
    fields.push([unescapeHtml(name), unescapeHtml(/\svalue="([^"]*)"/.exec(match[0])?.[1] ?? "")]);
  }
  return fields;
}

function causeCode(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === "string" ? cause.code : "";
}

function connectionClosed(error: unknown): boolean {
  return ["ECONNRESET", "UND_ERR_SOCKET", "EPIPE"].includes(causeCode(error));
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `no answer (${message}${cause}${causeCode(error) ? `, ${causeCode(error)}` : ""})`;
}

export class BrowserClient {
  private readonly cookies = new Map<string, string>();

  constructor(
    private readonly base: string,
    private readonly origin: string,
  ) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  private keepCookies(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair?.indexOf("=") ?? -1;
      if (!pair || at < 1) continue;
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }

  async request(
    method: string,
    path: string,
    init: { body?: string | FormData | URLSearchParams; headers?: Record<string, string> } = {},
  ): Promise<Timed> {
    const start = performance.now();
    const send = () =>
      fetch(new URL(path, this.base), {
        method,
        redirect: "manual",
        headers: { cookie: this.cookieHeader(), ...(method === "GET" ? {} : { origin: this.origin }), ...init.headers },
        ...(init.body === undefined ? {} : { body: init.body }),
      });
    let response: Response;
    try {
      response = await send().catch((error: unknown) => {
        // A kept-alive connection the server closed just as it was reused fails before any byte of an answer;
        // browsers resend the request on a new connection then, and so does this client (once).
        if (connectionClosed(error)) return send();
        throw error;
      });
    } catch (error) {
      return { status: 0, text: describe(error), headers: new Headers(), ms: performance.now() - start };
    }
    const text = await response.text();
    const ms = performance.now() - start;
    this.keepCookies(response.headers);
    return { status: response.status, text, headers: response.headers, ms };
  }

  json(method: "POST" | "PUT", path: string, body: unknown): Promise<Timed> {
    return this.request(method, path, { body: JSON.stringify(body), headers: { "content-type": "application/json" } });
  }

  /** Submits the server-action form on `html` (the page at `path`) with `values`, as a no-JavaScript browser does. */
  submitActionForm(path: string, html: string, values: Record<string, string>): Promise<Timed> {
    const form = new FormData();
    for (const [name, value] of actionFormFields(html)) form.append(name, value);
    for (const [name, value] of Object.entries(values)) form.append(name, value);
    return this.request("POST", path, { body: form });
  }

  /** Calls server action `actionId` from the page at `path` with `args`, as the client runtime's fetch does. */
  callAction(path: string, actionId: string, args: readonly unknown[]): Promise<Timed> {
    return this.request("POST", path, {
      body: JSON.stringify(args),
      headers: { "next-action": actionId, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
    });
  }
}
