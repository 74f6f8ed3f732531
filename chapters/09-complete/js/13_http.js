// 13_http.js: an HTTP/1.1 server in Deno's shape. Headers, Request and
// Response are the web's classes, cut down; Toy.serve() accepts
// connections with the net ops, parses requests with op_http_parse (the C
// parser of http_parser.c) and writes each handler's Response back.
"use strict";
((core) => {
  const ops = core.ops;
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  // Bodies are kept as bytes; text() and json() decode them as UTF-8.
  function toBytes(body) {
    if (body === null || body === undefined) return null;
    if (body instanceof Uint8Array) return body;
    if (body instanceof ArrayBuffer) return new Uint8Array(body);
    return encoder.encode(String(body));
  }

  class Body {
    #bytes;
    #used = false;
    constructor(bytes) {
      this.#bytes = bytes;
    }
    get bodyUsed() {
      return this.#used;
    }
    #take() {
      if (this.#used) return Promise.reject(new TypeError("Body already consumed"));
      this.#used = true;
      return Promise.resolve(this.#bytes ?? new Uint8Array(0));
    }
    async arrayBuffer() {
      const bytes = await this.#take();
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    }
    async text() {
      return decoder.decode(await this.#take());
    }
    async json() {
      return JSON.parse(await this.text());
    }
  }

  // Header names are case-insensitive: stored lower-case, in order.
  class Headers {
    #map = new Map();
    constructor(init) {
      if (init instanceof Headers) init = init.entries();
      else if (init && typeof init === "object" && !(Symbol.iterator in init)) init = Object.entries(init);
      for (const [name, value] of init ?? []) this.append(name, value);
    }
    append(name, value) {
      const key = String(name).toLowerCase();
      const old = this.#map.get(key);
      this.#map.set(key, old === undefined ? String(value) : `${old}, ${value}`);
    }
    set(name, value) {
      this.#map.set(String(name).toLowerCase(), String(value));
    }
    get(name) {
      return this.#map.get(String(name).toLowerCase()) ?? null;
    }
    has(name) {
      return this.#map.has(String(name).toLowerCase());
    }
    delete(name) {
      this.#map.delete(String(name).toLowerCase());
    }
    *entries() {
      yield* [...this.#map.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    }
    *keys() {
      for (const [k] of this.entries()) yield k;
    }
    *values() {
      for (const [, v] of this.entries()) yield v;
    }
    forEach(fn, thisArg) {
      for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
    }
    [Symbol.iterator]() {
      return this.entries();
    }
  }

  class Request extends Body {
    #method;
    #url;
    #headers;
    #bytes;
    #signal;
    #redirect;
    // input is a URL or a Request to copy; init's members override the
    // copy's. A string or URLSearchParams body sets the content type.
    constructor(input, init = {}) {
      init ??= {};
      const from = input instanceof Request ? input : null;
      const bytes = init.body !== undefined ? toBytes(init.body) : from ? from.#bytes : null;
      super(bytes);
      this.#bytes = bytes;
      this.#url = from ? from.#url : String(input);
      let method = String(init.method ?? from?.#method ?? "GET");
      if (/^(delete|get|head|options|post|put|patch)$/i.test(method)) method = method.toUpperCase();
      this.#method = method;
      this.#headers = new Headers(init.headers ?? from?.#headers);
      if (!this.#headers.has("content-type") && init.body !== undefined && init.body !== null) {
        if (typeof init.body === "string") this.#headers.set("content-type", "text/plain;charset=UTF-8");
        else if (init.body instanceof globalThis.URLSearchParams) {
          this.#headers.set("content-type", "application/x-www-form-urlencoded;charset=UTF-8");
        }
      }
      this.#signal = init.signal ?? from?.#signal ?? null;
      this.#redirect = String(init.redirect ?? from?.#redirect ?? "follow");
      if (!["follow", "manual", "error"].includes(this.#redirect)) {
        throw new TypeError(`'${this.#redirect}' is not a valid value for the redirect mode`);
      }
    }
    get signal() {
      return this.#signal;
    }
    get redirect() {
      return this.#redirect;
    }
    get method() {
      return this.#method;
    }
    get url() {
      return this.#url;
    }
    get headers() {
      return this.#headers;
    }
  }

  const STATUS_TEXT = {
    200: "OK", 201: "Created", 204: "No Content", 301: "Moved Permanently", 302: "Found",
    304: "Not Modified", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
    404: "Not Found", 405: "Method Not Allowed", 409: "Conflict", 418: "I'm a teapot",
    500: "Internal Server Error", 501: "Not Implemented", 503: "Service Unavailable",
  };

  class Response extends Body {
    #status;
    #statusText;
    #headers;
    #bytes;
    constructor(body = null, init = {}) {
      const bytes = toBytes(body);
      super(bytes);
      this.#bytes = bytes;
      this.#status = init.status ?? 200;
      if (!Number.isInteger(this.#status) || this.#status < 200 || this.#status > 599) {
        throw new RangeError(`The status provided (${this.#status}) is outside the range [200, 599]`);
      }
      this.#statusText = init.statusText ?? "";
      this.#headers = new Headers(init.headers);
      if (typeof body === "string" && !this.#headers.has("content-type")) {
        this.#headers.set("content-type", "text/plain;charset=UTF-8");
      }
    }
    static json(data, init = {}) {
      const res = new Response(JSON.stringify(data), init);
      res.headers.set("content-type", "application/json");
      return res;
    }
    get status() {
      return this.#status;
    }
    get statusText() {
      return this.#statusText;
    }
    get ok() {
      return this.#status >= 200 && this.#status < 300;
    }
    get headers() {
      return this.#headers;
    }
    // The bytes to send: status line, headers, Content-Length, body.
    static serialize(res, keepAlive) {
      const body = res.#bytes ?? new Uint8Array(0);
      const reason = res.#statusText || STATUS_TEXT[res.#status] || "";
      let head = `HTTP/1.1 ${res.#status} ${reason}\r\n`;
      for (const [name, value] of res.#headers) {
        if (name === "content-length" || name === "connection") continue;
        head += `${name}: ${value}\r\n`;
      }
      head += `content-length: ${body.length}\r\n`;
      if (!keepAlive) head += "connection: close\r\n";
      head += "\r\n";
      const head8 = encoder.encode(head);
      const out = new Uint8Array(head8.length + body.length);
      out.set(head8);
      out.set(body, head8.length);
      return out;
    }
  }
  const serialize = Response.serialize;
  delete Response.serialize;

  // Bytes from op_http_parse come as strings of code units 0-255.
  function latin1(s) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }

  function concat(a, b) {
    const out = new Uint8Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
  }

  function reportError(err) {
    const text = err instanceof Error && err.stack ? err.stack : String(err);
    console.error(`error: Uncaught ${text}`);
  }

  // One connection: read, parse, answer each request in order.
  async function serveConn(conn, handler, host, conns) {
    conns.add(conn);
    let pending = new Uint8Array(0);
    const buf = new Uint8Array(64 * 1024);
    try {
      for (;;) {
        const n = await conn.read(buf);
        if (n === null) return;
        pending = concat(pending, buf.subarray(0, n));
        const parsed = ops.op_http_parse(pending);
        pending = pending.slice(parsed.used);
        for (const r of parsed.requests) {
          const headers = r.headers.map(([k, v]) => [k, decoder.decode(latin1(v))]);
          const req = new Request(`http://${host}${r.target}`, {
            method: r.method,
            headers,
            body: r.body.length ? latin1(r.body) : null,
          });
          const connection = (req.headers.get("connection") ?? "").toLowerCase();
          const keepAlive = r.version === "HTTP/1.1" ? connection !== "close" : connection === "keep-alive";
          let res;
          try {
            res = await handler(req);
            if (!(res instanceof Response)) throw new TypeError("Return value from serve handler must be a response or a promise resolving to a response");
          } catch (e) {
            reportError(e);
            res = new Response("Internal Server Error", { status: 500 });
          }
          await conn.write(serialize(res, keepAlive));
          if (!keepAlive) return;
        }
        if (parsed.error !== undefined) {
          const res = new Response("Bad Request", { status: 400 });
          await conn.write(serialize(res, false));
          return;
        }
      }
    } catch {
      // The peer went away, or the server shut down: nothing to answer.
    } finally {
      conns.delete(conn);
      try {
        conn.close();
      } catch {
        // already closed
      }
    }
  }

  function serve(options, handler) {
    if (typeof options === "function") [options, handler] = [handler, options];
    options ??= {};
    if (typeof handler !== "function") handler = options.handler;
    if (typeof handler !== "function") throw new TypeError("A handler function must be provided");
    const { hostname = "0.0.0.0", port = 8000 } = options;
    const listener = Toy.listen({ hostname, port });
    const addr = listener.addr;
    const host = `${addr.hostname}:${addr.port}`;
    const conns = new Set();
    let resolveFinished;
    const finished = new Promise((resolve) => (resolveFinished = resolve));
    const onListen = options.onListen ??
      (({ hostname, port }) => console.log(`Listening on http://${hostname}:${port}/`));
    onListen({ hostname: addr.hostname, port: addr.port });

    const served = new Set();
    (async () => {
      for await (const conn of listener) {
        const p = serveConn(conn, handler, host, conns);
        served.add(p);
        p.finally(() => served.delete(p));
      }
      await Promise.allSettled([...served]);
      resolveFinished();
    })();

    let closed = false;
    const server = {
      finished,
      addr: { transport: "tcp", hostname: addr.hostname, port: addr.port },
      async shutdown() {
        if (!closed) {
          closed = true;
          listener.close();
          for (const conn of conns) {
            try {
              conn.close();
            } catch {
              // already closed
            }
          }
        }
        await finished;
      },
    };
    // An AbortSignal in the options shuts the server down when it aborts.
    const signal = options.signal;
    if (signal?.aborted) server.shutdown();
    else signal?.addEventListener("abort", () => server.shutdown(), { once: true });
    return server;
  }

  Object.assign(globalThis, { Headers, Request, Response });
  globalThis.Toy.serve = serve;
})(globalThis.Toy.core);
