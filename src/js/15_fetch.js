//@ 14-fetch
// 15_fetch.js: fetch(), the web's HTTP client, over the net ops: one
// connection per request (Connection: close), the response read and
// parsed here, redirects followed, an AbortSignal honored. http: uses
// Toy.connect; https: uses Toy.connectTls where the build has it.
"use strict";
((core) => {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

//> 14-fetch fetch-reader
  // The bytes a connection has sent and the program has not used yet, in
  // a buffer that doubles when it fills.
  class Reader {
    #conn;
    #chunk = new Uint8Array(64 * 1024);
    #buf = new Uint8Array(64 * 1024);
    #start = 0;
    #end = 0;
    eof = false;
    constructor(conn) {
      this.#conn = conn;
    }
    get length() {
      return this.#end - this.#start;
    }
    // Reads once more from the connection; false at its end.
    async more() {
      if (this.eof) return false;
      const n = await this.#conn.read(this.#chunk);
      if (n === null) {
        this.eof = true;
        return false;
      }
      if (this.#end + n > this.#buf.length) {
        const size = Math.max(this.#buf.length, 2 * (this.length + n));
        const bigger = new Uint8Array(size);
        bigger.set(this.#buf.subarray(this.#start, this.#end));
        this.#end -= this.#start;
        this.#start = 0;
        this.#buf = bigger;
      }
      this.#buf.set(this.#chunk.subarray(0, n), this.#end);
      this.#end += n;
      return true;
    }
    // Where the bytes of pattern start in what is buffered, or -1.
    find(pattern) {
      outer: for (let i = this.#start; i + pattern.length <= this.#end; i++) {
        for (let k = 0; k < pattern.length; k++) if (this.#buf[i + k] !== pattern[k]) continue outer;
        return i - this.#start;
      }
      return -1;
    }
    take(n) {
      const out = this.#buf.slice(this.#start, this.#start + n);
      this.#start += n;
      return out;
    }
    // Waits for at least n bytes; false if the connection ends first.
    async need(n) {
      while (this.length < n) if (!(await this.more())) return false;
      return true;
    }
  }

  const CRLF = [13, 10];
  const CRLFCRLF = [13, 10, 13, 10];
  function latin1(bytes) {
    let out = "";
    for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
    return out;
  }

  // One line (without its CRLF), for the chunked encoding's size lines.
  async function readLine(r) {
    for (;;) {
      const at = r.find(CRLF);
      if (at >= 0) {
        const line = latin1(r.take(at));
        r.take(2);
        return line;
      }
      if (r.length > 8192) throw new Error("invalid chunk size line: too long");
      if (!(await r.more())) throw new Error("unexpected end of file in a chunked body");
    }
  }
//< 14-fetch fetch-reader

//> 14-fetch fetch-parse
  // HTTP/1.x, a three-digit code, and a reason phrase of the characters
  // RFC 9110 allows (the Response that fetch makes will not take others).
  const STATUS_LINE = /^HTTP\/1\.[01] ([0-9]{3})(?: ([\t\x20-\x7e\x80-\xff]*))?$/;

  // The status line and headers: { status, statusText, headers }. An
  // interim 1xx response is skipped: the final one follows it.
  async function readHead(r) {
    for (;;) {
      const at = r.find(CRLFCRLF);
      if (at < 0) {
        if (r.length > 64 * 1024) throw new Error("invalid HTTP response: head too large");
        if (!(await r.more())) throw new Error("connection closed before message completed");
        continue;
      }
      const lines = latin1(r.take(at + 4)).split("\r\n").slice(0, -2);
      const m = STATUS_LINE.exec(lines[0]);
      if (m === null) throw new Error("invalid HTTP response: bad status line");
      const status = Number(m[1]);
      if (status >= 100 && status < 200) continue;
      const headers = [];
      for (const line of lines.slice(1)) {
        const colon = line.indexOf(":");
        const name = colon > 0 ? line.slice(0, colon) : "";
        if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name)) throw new Error("invalid HTTP response: bad header line");
        const value = line.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, "");
        headers.push([name, decoder.decode(Uint8Array.from(value, (c) => c.charCodeAt(0)))]);
      }
      return { status, statusText: m[2] ?? "", headers: new Headers(headers) };
    }
  }

//> 18-pipes fetch-body-stream
  // The body, by Transfer-Encoding: chunked, Content-Length, or the end
  // of the connection, in that order of precedence (RFC 9112, 6.3). From
  // chapter 18 it is a stream that reads the connection as the program
  // reads the stream: each pull takes what the Reader holds, or reads
  // once more, so a program that reads slowly holds one read's bytes.
  // The stream owns the connection: it closes it at the body's end, when
  // cancelled, or when the fetch's signal aborts (the stream errors with
  // the signal's reason).
  function readBody(r, head, method, conn, signal) {
    const { status, headers } = head;
    const close = () => {
      signal.removeEventListener("abort", onAbort);
      try {
        conn.close();
      } catch {
        // already closed
      }
    };
    let controller;
    const onAbort = () => {
      controller?.error(signal.reason);
      close();
    };
    if (method === "HEAD" || status === 204 || status === 304) {
      close();
      return null;
    }
    const next = bodyPieces(r, headers);
    signal.addEventListener("abort", onAbort, { once: true });
    return new (core.httpBodies.readableStream())({
      type: "bytes",
      start(c) {
        controller = c;
      },
      async pull(c) {
        let data;
        try {
          data = await next();
        } catch (e) {
          close();
          throw new TypeError(`error reading a body from connection: ${e.message}`, { cause: e });
        }
        if (data !== null) return c.enqueue(data);
        close();
        c.close();
        c.byobRequest?.respond(0);     // a BYOB read waiting gets done
      },
      cancel: close,
    });
  }

  // The function that gives the body's next piece (null at its end).
  function bodyPieces(r, headers) {
    const te = headers.get("transfer-encoding");
    if (te !== null && /(^|,)\s*chunked\s*$/i.test(te)) {
      let left = 0;                       // bytes of this chunk's data to come
      return async () => {
        if (left === 0) {
          const line = await readLine(r);
          const sizeText = line.split(";")[0].trim();
          if (!/^[0-9a-fA-F]{1,8}$/.test(sizeText)) throw new Error("invalid chunk size");
          left = parseInt(sizeText, 16);
          if (left === 0) {
            while ((await readLine(r)) !== "");  // trailers: ignored
            return null;
          }
        }
        if (r.length === 0 && !(await r.more())) throw new Error("unexpected end of file in a chunked body");
        const data = r.take(Math.min(left, r.length));
        left -= data.length;
        if (left === 0) {
          if (!(await r.need(2))) throw new Error("unexpected end of file in a chunked body");
          if (latin1(r.take(2)) !== "\r\n") throw new Error("invalid chunk: no CRLF after its data");
        }
        return data;
      };
    }
    let left = Infinity;                  // until the connection ends
    const cl = headers.get("content-length");
    if (cl !== null) {
      const lengths = new Set(cl.split(",").map((s) => s.trim()));
      const text = [...lengths][0];
      if (lengths.size !== 1 || !/^[0-9]{1,15}$/.test(text)) throw new Error("invalid content-length");
      left = Number(text);
    }
    return async () => {
      if (left === 0) return null;
      if (r.length === 0 && !(await r.more())) {
        if (left === Infinity) return null;
        throw new Error("end of file before message length reached");
      }
      const data = r.take(Math.min(left, r.length));
      left -= data.length;
      return data;
    };
  }
//< 18-pipes fetch-body-stream
//< 14-fetch fetch-parse

//> 14-fetch fetch-exchange
  // The request's bytes: request line, headers, body.
  function requestBytes(url, method, headers, body) {
    const target = url.pathname + url.search;
    let head = `${method} ${target} HTTP/1.1\r\n`;
    if (!headers.has("host")) head += `host: ${url.host}\r\n`;
    if (!headers.has("accept")) head += "accept: */*\r\n";
    if (!headers.has("user-agent")) head += `user-agent: toyjs/${Toy.version.toyjs}\r\n`;
    for (const [name, value] of headers) {
      if (name === "connection" || name === "content-length" || name === "transfer-encoding") continue;
      head += `${name}: ${value}\r\n`;
    }
//> 18-pipes fetch-upload-head
    if (core.httpBodies.isStream(body)) head += "transfer-encoding: chunked\r\n";
    else if (body !== null) head += `content-length: ${body.length}\r\n`;
//< 18-pipes fetch-upload-head
    head += "connection: close\r\n\r\n";
    const bytes = encoder.encode(head);
//> 18-pipes omit
    if (core.httpBodies.isStream(body)) return bytes;    // its chunks follow (upload)
//< 18-pipes omit
    if (body === null || body.length === 0) return bytes;
    const out = new Uint8Array(bytes.length + body.length);
    out.set(bytes);
    out.set(body, bytes.length);
    return out;
  }

//> 18-pipes fetch-upload
  // A stream body goes up in chunks as it is read ("SIZE\r\n DATA \r\n",
  // then "0\r\n\r\n"), each written before the next is read. The
  // response is read once the body has all gone (half duplex).
  async function upload(conn, stream) {
    const reader = stream.getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        if (!(value instanceof Uint8Array)) throw new TypeError("A request body stream's chunks must be Uint8Arrays");
        if (value.length === 0) continue;
        const size = encoder.encode(`${value.length.toString(16)}\r\n`);
        const chunk = new Uint8Array(size.length + value.length + 2);
        chunk.set(size);
        chunk.set(value, size.length);
        chunk.set(CRLF, size.length + value.length);
        await conn.write(chunk);
      }
      await conn.write(encoder.encode("0\r\n\r\n"));
    } catch (e) {
      reader.cancel(e).catch(() => {});
      throw e;
    }
  }

//< 18-pipes fetch-upload
  function sendError(url, detail, cause) {
    return new TypeError(`error sending request for url (${url.href}): ${detail}`, { cause });
  }

  // One request and its response over a new connection. signal's abort
  // closes the connection and rejects with the signal's reason.
  async function exchange(url, method, headers, body, signal) {
    const hostname = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
    const tls = url.protocol === "https:";
    const port = url.port !== "" ? Number(url.port) : tls ? 443 : 80;
    if (tls && typeof Toy.connectTls !== "function") {
      throw sendError(url, "https is not supported by this build");
    }
    signal.throwIfAborted();   // between redirects, say
    let conn = null;
    let aborted = false;
    let onAbort;
    const abortion = new Promise((_, reject) => {
      onAbort = () => {
        aborted = true;
        try {
          conn?.close();
        } catch {
          // already closed
        }
        reject(signal.reason);
      };
    });
    abortion.catch(() => {});
    signal.addEventListener("abort", onAbort, { once: true });

    const work = (async () => {
      try {
        conn = tls ? await Toy.connectTls({ hostname, port }) : await Toy.connect({ hostname, port });
      } catch (e) {
        if (e instanceof Toy.errors.PermissionDenied) throw e;
        // A refused certificate is the TLS layer's failure, not TCP's.
        if (e instanceof Toy.errors.InvalidData) throw sendError(url, `error trying to connect: ${e.message}`, e);
        const kind = /^failed to lookup/.test(e.message) ? "dns error" : "tcp connect error";
        throw sendError(url, `error trying to connect: ${kind}: ${e.message}`, e);
      }
      if (aborted) {
        conn.close();
        throw signal.reason;
      }
      const r = new Reader(conn);
      let head;
      try {
        await conn.write(requestBytes(url, method, headers, body));
//> 18-pipes fetch-upload-call
        if (core.httpBodies.isStream(body)) await upload(conn, body);
//< 18-pipes fetch-upload-call
        head = await readHead(r);
      } catch (e) {
        throw sendError(url, e.message, e);
      }
//> 18-pipes fetch-exchange-stream
      try {
        const body = readBody(r, head, method, conn, signal);
        conn = null;                    // the body's stream closes it
        return { ...head, body };
      } catch (e) {
        throw new TypeError(`error reading a body from connection: ${e.message}`, { cause: e });
      }
//< 18-pipes fetch-exchange-stream
    })();
    work.catch(() => {});
    try {
      return await Promise.race([work, abortion]);
    } finally {
      signal.removeEventListener("abort", onAbort);
      try {
        conn?.close();
      } catch {
        // already closed
      }
    }
  }
//< 14-fetch fetch-exchange

//> 14-fetch fetch-data-url
  // data:[<type>][;base64],<data>: the response is made here.
  function fetchData(url) {
    const text = url.href.slice(5).replace(/#.*$/, "");
    const comma = text.indexOf(",");
    if (comma < 0) throw new TypeError("Fetch failed: invalid data: URL (no comma)");
    let type = text.slice(0, comma).trim();
    const data = text.slice(comma + 1);
    const base64 = /;\s*base64$/i.test(type);
    if (base64) type = type.replace(/;\s*base64$/i, "").trim();
    if (type === "" || type.startsWith(";")) type = "text/plain" + (type || ";charset=US-ASCII");
    const raw = [];
    const bytes = encoder.encode(data);
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0x25 && /^[0-9a-fA-F]{2}$/.test(latin1(bytes.subarray(i + 1, i + 3)))) {
        raw.push(parseInt(latin1(bytes.subarray(i + 1, i + 3)), 16));
        i += 2;
      } else {
        raw.push(bytes[i]);
      }
    }
    let body = Uint8Array.from(raw);
    if (base64) {
      let decoded;
      try {
        decoded = atob(latin1(body));
      } catch {
        throw new TypeError("Fetch failed: invalid base64 in a data: URL");
      }
      body = Uint8Array.from(decoded, (c) => c.charCodeAt(0));
    }
    const res = new Response(body, { status: 200, statusText: "OK", headers: { "content-type": type } });
    return core.fetched(res, url.href.replace(/#.*$/, ""), false);
  }
//< 14-fetch fetch-data-url

//> 14-fetch omit
  // blob:, for a Blob URL.createObjectURL named: only GET, and only if
  // the URL was not revoked when the Request was made (12_http.js).
  function fetchBlob(url, method, blob) {
    if (method !== "GET") return Promise.reject(new TypeError(`Fetch failed: a blob: URL cannot be fetched with ${method}`));
    if (blob === undefined) return Promise.reject(new TypeError(`Fetch failed: no Blob is named by ${url.href}`));
    const headers = { "content-type": blob.type, "content-length": String(blob.size) };
    if (blob.type === "") delete headers["content-type"];
    const res = new Response(blob, { status: 200, statusText: "OK", headers });
    return Promise.resolve(core.fetched(res, url.href.replace(/#.*$/, ""), false));
  }
//< 14-fetch omit

//> 14-fetch fetch
  const REDIRECTS = [301, 302, 303, 307, 308];

  async function fetch(input, init = undefined) {
    const request = new Request(input, init);
    const signal = request.signal;
    let url = new URL(request.url);
    signal.throwIfAborted();
    if (url.protocol === "data:") return fetchData(url);
//> 14-fetch omit
    if (url.protocol === "blob:") return fetchBlob(url, request.method, core.requestBlob(request));
//< 14-fetch omit
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new TypeError(`scheme '${url.protocol.slice(0, -1)}' not supported`);
    }
    let method = request.method;
    const headers = new Headers(request.headers);   // names and values checked there
//> 18-pipes fetch-body-source
    // A stream body is sent as it is read (upload); any other, whole.
    const given = core.httpBodies.of(request);
    let body = core.httpBodies.isStream(given) ? given : new Uint8Array(await request.arrayBuffer());
    if (given === body && (method === "GET" || method === "HEAD")) {
      throw new TypeError("Request with GET/HEAD method cannot have body.");
    }
//< 18-pipes fetch-body-source
    if (method === "GET" || method === "HEAD") {
      if (body.length > 0) throw new TypeError("Request with GET/HEAD method cannot have body.");
      body = null;
    }
    for (let redirects = 0; ; redirects++) {
      const res = await exchange(url, method, headers, body, signal);
      const location = res.headers.get("location");
      if (REDIRECTS.includes(res.status) && location !== null && request.redirect !== "manual") {
//> 18-pipes fetch-redirect-stream
        // The redirect's own body is not read: its connection closes.
        res.body?.cancel().catch(() => {});
//< 18-pipes fetch-redirect-stream
        if (request.redirect === "error") {
          throw new TypeError("Fetch failed: Encountered redirect while redirect mode is set to 'error'");
        }
        if (redirects >= 20) throw new TypeError("Fetch failed: Too many redirects (more than 20)");
        let next;
        try {
          next = new URL(location, url);
        } catch {
          throw new TypeError(`Fetch failed: Invalid redirect location '${location}'`);
        }
        if (next.protocol !== "http:" && next.protocol !== "https:") {
          throw new TypeError(`Fetch failed: redirect to scheme '${next.protocol.slice(0, -1)}' not supported`);
        }
        // 301 and 302 turn a POST into a GET, 303 anything but HEAD.
        if (((res.status === 301 || res.status === 302) && method === "POST") ||
            (res.status === 303 && method !== "GET" && method !== "HEAD")) {
          method = "GET";
          body = null;
          for (const name of ["content-type", "content-length", "content-encoding", "content-language",
            "content-location"]) headers.delete(name);
        }
        if (next.origin !== url.origin) headers.delete("authorization");
//> 18-pipes fetch-redirect-upload
        // A stream is read once: it cannot go again to where it is sent.
        if (core.httpBodies.isStream(body)) {
          throw new TypeError("Fetch failed: a redirect would send the body's stream again");
        }
//< 18-pipes fetch-redirect-upload
        url = next;
        continue;
      }
      if (res.status < 200 || res.status > 599) {
        throw sendError(url, `invalid HTTP status code ${res.status}`);
      }
      // A 205's body, if the server sent one, is dropped: a Response
      // with a null-body status may not have one.
//> 18-pipes omit
      if (res.status === 205) res.body?.cancel().catch(() => {});
//< 18-pipes omit
      const response = new Response(res.status === 205 ? null : res.body, {
        status: res.status,
        statusText: res.statusText,
        headers: res.headers,
      });
      return core.fetched(response, url.href.replace(/#.*$/, ""), redirects > 0);
    }
  }

  globalThis.fetch = fetch;
//< 14-fetch fetch
})(globalThis.Toy.core);
