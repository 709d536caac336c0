import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { serviceWorkerSource } from './serviceWorkerSource.ts';

const SCOPE = 'https://school.example/ml101/loss-lab/';
type Handler = (event: unknown) => void;

/** A service worker global with in-memory caches and a network we can cut. */
function worker(version: string, files: string[], existing: Map<string, Map<string, Response>>) {
  const handlers = new Map<string, Handler>();
  const server = new Map<string, string>();
  const net = { online: true, hang: false, requests: [] as string[] };
  const urlOf = (r: Request | string) => (typeof r === 'string' ? r : r.url);
  const cacheApi = (store: Map<string, Response>) => ({
    put: async (r: Request | string, res: Response) => void store.set(urlOf(r), res),
    match: async (r: Request | string) => store.get(urlOf(r))?.clone(),
    addAll: async (rs: Request[]) => {
      const responses = await Promise.all(rs.map((r) => fakeFetch(r)));
      if (responses.some((res) => !res.ok)) throw new TypeError('addAll: a file failed');
      responses.forEach((res, i) => store.set(rs[i]!.url, res));
    },
  });
  const caches = {
    open: async (name: string) => {
      if (!existing.has(name)) existing.set(name, new Map());
      return cacheApi(existing.get(name)!);
    },
    keys: async () => [...existing.keys()],
    delete: async (name: string) => existing.delete(name),
    match: async (r: Request | string) => {
      for (const store of existing.values()) {
        const hit = store.get(urlOf(r));
        if (hit) return hit.clone();
      }
      return undefined;
    },
  };
  function fakeFetch(r: Request | string): Promise<Response> {
    const url = urlOf(r);
    net.requests.push(url);
    const page = new URL(url);
    page.search = '';
    if (net.hang) return new Promise(() => undefined);
    if (!net.online) return Promise.reject(new TypeError('Failed to fetch'));
    const body = server.get(page.href);
    return Promise.resolve(
      body === undefined ? new Response('missing', { status: 404 }) : new Response(body),
    );
  }
  const self = {
    registration: { scope: SCOPE },
    location: { origin: new URL(SCOPE).origin },
    addEventListener: (type: string, h: Handler) => handlers.set(type, h),
  };
  runInNewContext(serviceWorkerSource(version, files), {
    self,
    caches,
    fetch: fakeFetch,
    Request,
    Response,
    URL,
    Promise,
    // The network timeout fires at once here: a hanging request falls back without waiting.
    setTimeout: (fn: (arg: unknown) => void, _ms: number, arg: unknown) => setTimeout(fn, 0, arg),
  });
  const extend = async (type: string) => {
    const pending: Promise<unknown>[] = [];
    handlers.get(type)?.({ waitUntil: (p: Promise<unknown>) => pending.push(p) });
    await Promise.all(pending);
  };
  const get = async (path: string, mode: RequestMode | 'navigate' = 'no-cors') => {
    let answer: Promise<Response> | null = null;
    const request = { url: new URL(path, SCOPE).href, method: 'GET', mode };
    handlers.get('fetch')?.({ request, respondWith: (p: Promise<Response>) => (answer = p) });
    if (answer === null) return null;
    return (await answer) as Response;
  };
  return { server, net, extend, get, caches: existing };
}

const FILES = ['index.html', 'assets/index-abc.js', 'assets/KaTeX_Main-Regular-x.woff2'];

function serve(w: ReturnType<typeof worker>, tag: string) {
  for (const f of FILES) w.server.set(new URL(f, SCOPE).href, `${tag}:${f}`);
  w.server.set(SCOPE, `${tag}:index.html`);
}

describe('the generated service worker', () => {
  it('precaches every file on install and then serves the app with no network', async () => {
    const caches = new Map<string, Map<string, Response>>();
    const w = worker('v1', FILES, caches);
    serve(w, 'v1');
    await w.extend('install');
    await w.extend('activate');
    expect([...caches.keys()]).toEqual(['losslab-v1']);
    expect(caches.get('losslab-v1')?.size).toBe(FILES.length);

    w.net.online = false;
    expect(await (await w.get('./', 'navigate'))?.text()).toBe('v1:index.html');
    expect(await (await w.get('assets/KaTeX_Main-Regular-x.woff2'))?.text()).toBe(
      'v1:assets/KaTeX_Main-Regular-x.woff2',
    );
  });

  it('fails the install when a file cannot be fetched, rather than claim to be offline-ready', async () => {
    const w = worker('v1', FILES, new Map());
    w.server.set(new URL('index.html', SCOPE).href, 'v1');
    await expect(w.extend('install')).rejects.toThrow(/failed/);
  });

  it('asks the network first for the page, so a new version shows on the next visit', async () => {
    const caches = new Map<string, Map<string, Response>>();
    const w = worker('v1', FILES, caches);
    serve(w, 'v1');
    await w.extend('install');
    serve(w, 'v2');
    expect(await (await w.get('index.html?x=1', 'navigate'))?.text()).toBe('v2:index.html');
    // The fresh page replaced the cached one.
    w.net.online = false;
    expect(await (await w.get('./', 'navigate'))?.text()).toBe('v2:index.html');
  });

  it('falls back to the cached page when the network hangs or the server fails', async () => {
    const w = worker('v1', FILES, new Map());
    serve(w, 'v1');
    await w.extend('install');
    w.net.hang = true;
    expect(await (await w.get('./', 'navigate'))?.text()).toBe('v1:index.html');
    w.net.hang = false;
    w.server.clear();
    expect(await (await w.get('./', 'navigate'))?.text()).toBe('v1:index.html');
  });

  it('serves hashed files from the cache without asking the network', async () => {
    const w = worker('v1', FILES, new Map());
    serve(w, 'v1');
    await w.extend('install');
    w.net.requests.length = 0;
    await w.get('assets/index-abc.js');
    expect(w.net.requests).toEqual([]);
  });

  it('keeps files it had to fetch, and leaves other origins and paths alone', async () => {
    const w = worker('v1', FILES, new Map());
    serve(w, 'v1');
    await w.extend('install');
    w.server.set(new URL('assets/late.js', SCOPE).href, 'late');
    expect(await (await w.get('assets/late.js'))?.text()).toBe('late');
    w.net.online = false;
    expect(await (await w.get('assets/late.js'))?.text()).toBe('late');
    expect(await w.get('https://elsewhere.example/x.js')).toBeNull();
    expect(await w.get('/other-app/', 'navigate')).toBeNull();
    expect(await w.get('favicon.svg', 'navigate')).toBeNull();
  });

  it('deletes the caches of earlier versions when a new one activates', async () => {
    const caches = new Map<string, Map<string, Response>>();
    const old = worker('v1', FILES, caches);
    serve(old, 'v1');
    await old.extend('install');
    caches.set('someone-else', new Map());
    const next = worker('v2', FILES, caches);
    serve(next, 'v2');
    await next.extend('install');
    expect([...caches.keys()].sort()).toEqual(['losslab-v1', 'losslab-v2', 'someone-else']);
    await next.extend('activate');
    expect([...caches.keys()].sort()).toEqual(['losslab-v2', 'someone-else']);
  });
});
