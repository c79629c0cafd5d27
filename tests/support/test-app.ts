// One Emporium app over a fresh test database, with a small HTTP client around fastify.inject().
import { type App, type AppOptions, buildApp } from '../../src/app.ts';
import type { Clock } from '../../src/kernel/clock.ts';
import { openTestDatabase } from './test-database.ts';

export const ADMIN_TOKEN = 'test-admin-token';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

export interface RequestOptions {
  token?: string | null;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface TestApp {
  app: App;
  request<T = any>(method: string, url: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  get<T = any>(url: string, token?: string | null): Promise<ApiResponse<T>>;
  post<T = any>(url: string, body?: unknown, options?: Omit<RequestOptions, 'body'>): Promise<ApiResponse<T>>;
  /** Creates a user with the role and locations and returns a bearer token for it. */
  tokenFor(role: string, locations?: string[]): Promise<string>;
  close(): Promise<void>;
}

let userCounter = 0;

export async function startTestApp(options: { clock?: Clock; mail?: AppOptions['mail'] } = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const app = await buildApp({ database, adminToken: ADMIN_TOKEN, logger: process.env.TEST_LOG === '1', ...(options.clock ? { clock: options.clock } : {}), mail: options.mail });
  await app.http.ready();

  const request = async (method: string, url: string, opts: RequestOptions = {}): Promise<ApiResponse> => {
    const token = opts.token === undefined ? ADMIN_TOKEN : opts.token;
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (token !== null) headers.authorization = `Bearer ${token}`;
    let payload: string | undefined;
    if (opts.rawBody !== undefined) payload = opts.rawBody;
    else if (opts.body !== undefined) {
      payload = JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await app.http.inject({ method: method as 'GET', url, headers, ...(payload !== undefined ? { payload } : {}) });
    const text = response.body;
    let body: unknown = text;
    try {
      body = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (metrics): keep the text
    }
    return { status: response.statusCode, body, headers: response.headers };
  };

  const testApp: TestApp = {
    app,
    request,
    get: (url, token) => request('GET', url, { token }),
    post: (url, body, opts = {}) => request('POST', url, { ...opts, body }),
    async tokenFor(role, locations) {
      userCounter += 1;
      const email = `${role}.${process.pid}.${userCounter}@test.emporium.dev`;
      const created = await request('POST', '/api/v1/users', {
        body: { email, name: `${role} ${userCounter}`, role, locations, password: 'correct horse battery' },
      });
      if (created.status !== 201) throw new Error(`creating ${role} failed: ${JSON.stringify(created.body)}`);
      const signedIn = await request('POST', '/api/v1/auth/tokens', { token: null, body: { email, password: 'correct horse battery' } });
      return signedIn.body.token as string;
    },
    async close() {
      await app.http.close();
      app.mailer?.close();
      await database.close();
    },
  };
  return testApp;
}
