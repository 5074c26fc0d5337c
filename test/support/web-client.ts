/** A form's fields; a list is sent as the field repeated, as a multiple select sends it. */
export type FormFields = Record<string, string | readonly string[]>;

function encoded(fields: FormFields): string {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields))
    for (const one of typeof value === 'string' ? [value] : value) body.append(name, one);
  return body.toString();
}

/**
 * A browser as far as the web forms care: it keeps cookies (honouring Max-Age=0), sends them back,
 * reads a form's CSRF token from the page and posts urlencoded forms. Redirects are not followed,
 * so tests see each 303 and its Set-Cookie.
 */
export class WebClient {
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly base: string,
    /** Sent with every request (an address through X-Forwarded-For, Origin, …). */
    private readonly headers: Record<string, string> = {},
  ) {}

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.keep(await fetch(`${this.base}${path}`, { redirect: 'manual', headers: this.with(headers) }));
  }

  /** The page's HTML. */
  async page(path: string): Promise<string> {
    return (await this.get(path)).text();
  }

  /** The CSRF token in a page's forms. */
  async token(path: string): Promise<string> {
    const token = /name="_csrf" value="([^"]*)"/.exec(await this.page(path))?.[1];
    if (!token) throw new Error(`no CSRF token on ${path}`);
    return token;
  }

  async post(path: string, fields: FormFields, headers: Record<string, string> = {}): Promise<Response> {
    const response = await fetch(`${this.base}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: this.with({ 'content-type': 'application/x-www-form-urlencoded', ...headers }),
      body: encoded(fields),
    });
    return this.keep(response);
  }

  /** Posts a form the way the page's own form does: with the page's token, from our origin. */
  async submit(formPage: string, action: string, fields: FormFields): Promise<Response> {
    const token = await this.token(formPage);
    return this.post(
      action,
      { ...fields, _csrf: token },
      { origin: this.base, 'sec-fetch-site': 'same-origin' },
    );
  }

  private with(headers: Record<string, string>): Record<string, string> {
    const cookie = [...this.cookies]
      .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
      .join('; ');
    return { ...this.headers, ...(cookie ? { cookie } : {}), ...headers };
  }

  private keep(response: Response): Response {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      if (/;\s*Max-Age=0(;|$)/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, decodeURIComponent(pair.slice(eq + 1)));
    }
    return response;
  }
}

/** The Set-Cookie line of one cookie. */
export const setCookieOf = (response: Response, name: string): string | undefined =>
  response.headers.getSetCookie().find((line) => line.startsWith(`${name}=`));
