// retired/js/12_http.js: code of earlier chapters that a later chapter
// replaces, spliced back into js/12_http.js by book/tools/toybook (see
// its README).

//> 13-http omit < 14-fetch http-target-url
    // absolute-form, "scheme://host[:port][/path][?query]" (the parser
    // checked it): the scheme and the host are not case-sensitive.
    const from = target.indexOf("://") + 3;
    let end = target.slice(from).search(/[/?]/);
    end = end < 0 ? target.length : from + end;
    const path = target.slice(end);
    return target.slice(0, end).toLowerCase() + (path.startsWith("/") ? path : `/${path}`);
//< 13-http omit

//> 13-http omit < 18-pipes http-body-stream
    get bodyUsed() {
      return this.#used;
    }
    #take() {
      if (this.#used) throw new TypeError("Body already consumed");
      if (this.#body !== null) this.#used = true;   // no body is never used
      return this.#body;
    }
    async arrayBuffer() {
      const body = this.#take();
      const bytes = typeof body === "string" ? encoder.encode(body) : body ?? new Uint8Array(0);
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    }
    async text() {
      const body = this.#take();
      return typeof body === "string" ? body : decoder.decode(body ?? new Uint8Array(0));
    }
//< 13-http omit

//> 13-http omit < 18-pipes http-respond-body
  // A parsed request (its method, its head's text, and where its body
  // lies in buf) for url, through the handler, to a Response.
  function respond(method, head, url, buf, bodyAt, bodyLength, handler) {
    const req = new Request(url, {
      method,
      [parsedHeaders]: head,
      body: bodyLength ? buf.slice(bodyAt, bodyAt + bodyLength) : null,
    });
    return handler(req);
  }
//< 13-http omit

//> 13-http omit < 18-pipes http-serve-respond
            res = respond(method, head, url, buf, start + tape[5 + 3 * i], tape[6 + 3 * i], handler);
//< 13-http omit

//> 13-http omit < 18-pipes http-serve-keep-alive
          const keepAlive = tape[4 + 3 * i] === 1 && !server.closing;
          const [answer, bytes] = serialize(res, keepAlive, method === "HEAD");
//< 13-http omit

//> 13-http omit < 18-pipes http-serve-body-fault
            reportError(e);
            res = new Response("Internal Server Error", { status: 500 });
//< 13-http omit

//> 13-http omit < 19-workers serve-reuse-port
    listener ??= Toy.listen({ hostname, port });
//< 13-http omit

//> 15-tls omit < 19-workers serve-tls-reuse-port
      listener = Toy.listenTls({ hostname, port, cert, key });
//< 15-tls omit
