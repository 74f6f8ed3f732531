//@ 13-http
// 12_http.js: an HTTP/1.1 server in Deno's shape. Headers, Request and
// Response are the web's classes, cut down; Toy.serve() accepts
// connections with the net ops, parses requests with op_http_parse (the C
// parser of http_parser.c) and writes each handler's Response back.
"use strict";
((core) => {
  const ops = core.ops;
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  // Set by the static blocks of Body and Headers, for the classes below.
  let bodyOf, setBody, handOn, copyBody;
  let listOf, copyHeaders, freeze, headersFromHead;

//> 13-http http-body-js
  // A body is kept as it was given: null, a string or bytes. A string is
  // encoded only if someone asks for its bytes (the server writes it as
  // UTF-8 from C); text() and json() decode bytes as UTF-8. It comes with
  // the Content-Type it implies, or null.
  function extractBody(body) {
    if (body === null || body === undefined) return [null, null];
    if (typeof body === "string") return [body, "text/plain;charset=UTF-8"];
    if (body instanceof ArrayBuffer) return [new Uint8Array(body), null];
    if (ArrayBuffer.isView(body)) return [new Uint8Array(body.buffer, body.byteOffset, body.byteLength), null];
//> 14-fetch body-extract-form
    // A Blob's bytes never change, so they are kept as they are; a
    // FormData is written out now, as multipart/form-data, with the
    // boundary its type names (14_form_data.js).
    const blob = core.blobState(body);
    if (blob !== undefined) return [blob.bytes, blob.type === "" ? null : blob.type];
    if (core.formData.isFormData(body)) return core.formData.encode(body);
    if (body instanceof globalThis.URLSearchParams) {
      return [String(body), "application/x-www-form-urlencoded;charset=UTF-8"];
    }
//< 14-fetch body-extract-form
//> 18-pipes http-body-stream-init
    if (isStream(body)) return [body, null];
//< 18-pipes http-body-stream-init
    return [String(body), "text/plain;charset=UTF-8"];
  }

//> 18-pipes omit
  // The streams of chapter 17 (18_streams.js, core.streams) are made
  // after this file runs: they are looked up when a body first needs
  // them. The class is taken once, so a program that replaces the global
  // changes nothing here; the brand check knows the runtime's streams.
  let ReadableStreamClass = null;
  function readableStream() {
    ReadableStreamClass ??= globalThis.ReadableStream;
    return ReadableStreamClass;
  }
  const isStream = (x) => x !== null && typeof x === "object" && core.streams?.isReadableStream(x) === true;

  // A body given as bytes or a string, as a stream (the body getter).
  // Bodies are byte streams, so a BYOB reader can read them.
  function streamOf(body) {
    const bytes = typeof body === "string" ? encoder.encode(body) : body.slice();
    return new (readableStream())({
      type: "bytes",
      start(controller) {
        if (bytes.length > 0) controller.enqueue(bytes);
        controller.close();
      },
    });
  }

  // A stream's chunks, joined: what text() and the rest read. Each chunk
  // must be a Uint8Array, as the fetch standard says.
  async function readAll(stream) {
    const reader = stream.getReader();
    const chunks = [];
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (!(value instanceof Uint8Array)) {
        const error = new TypeError("A body stream's chunks must be Uint8Arrays");
        reader.cancel(error).catch(() => {});
        throw error;
      }
      chunks.push(value);
    }
    return chunks.length === 1 ? chunks[0] : core.joinBytes(chunks);
  }
//< 18-pipes omit

  class Body {
    #body;
    #used = false;
    constructor(body) {
      this.#body = body;
    }
//> 18-pipes http-body-stream
    // From chapter 18 a body may be a ReadableStream: a served request's,
    // which reads its connection, or one a program gave. The body getter
    // makes a stream of a body kept as bytes or a string when someone
    // asks for it (null for no body); the readers read a stream to its
    // end. A stream someone has read from, or holds a reader of, is used.
    get body() {
      if (this.#body === null) return null;
      if (!isStream(this.#body)) {
        this.#body = streamOf(this.#body);
        if (this.#used) this.#body.getReader();   // read already: locked for good
      }
      return this.#body;
    }
    get bodyUsed() {
      return this.#used || (isStream(this.#body) && core.streams?.isDisturbed?.(this.#body) === true);
    }
    #take() {
      if (this.bodyUsed) throw new TypeError("Body already consumed");
      if (isStream(this.#body) && this.#body.locked) throw new TypeError("Body is locked: a reader holds it");
      if (this.#body !== null) this.#used = true;   // no body is never used
      return this.#body;
    }
    async arrayBuffer() {
      const body = this.#take();
      const bytes = isStream(body) ? await readAll(body)
        : typeof body === "string" ? encoder.encode(body) : body ?? new Uint8Array(0);
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    }
    async text() {
      const body = this.#take();
      if (typeof body === "string") return body;
      return decoder.decode(isStream(body) ? await readAll(body) : body ?? new Uint8Array(0));
    }
    // The body as it is kept, for fetch (core.httpBodies.of).
    static of(message) {
      return message.#body;
    }
//< 18-pipes http-body-stream
    async json() {
      return JSON.parse(await this.text());
    }
//> 14-fetch body-form
    // The body as a Uint8Array, a Blob of the message's Content-Type, or
    // a FormData (14_form_data.js parses it, by that type too).
    async bytes() {
      return new Uint8Array(await this.arrayBuffer());
    }
    async blob() {
      const bytes = new Uint8Array(await this.arrayBuffer());
      return new Blob([bytes], { type: this.headers.get("content-type") ?? "" });
    }
    async formData() {
      const type = this.headers.get("content-type");
      return core.formData.parse(new Uint8Array(await this.arrayBuffer()), type);
    }
//< 14-fetch body-form
//< 13-http http-body-js
//> 13-http omit
    // For the constructors and clone() of Request and Response: a body
    // as it is kept; one handed on to a new Request (its message is used
    // from then on, and one already read cannot be handed on); a copy
    // for a clone (a stream is teed, and the message keeps one branch).
    static {
      bodyOf = (message) => message.#body;
      setBody = (message, body) => void (message.#body = body);
      handOn = (message) => {
        checkUsable(message);
        message.#used = true;
        return message.#body;
      };
      copyBody = (message) => {
        checkUsable(message);
//> 18-pipes omit
        // The standard's tee clones the second branch's chunks, so that
        // what one reader does to a chunk the other does not see.
        if (isStream(message.#body)) {
          const [mine, theirs] = core.streams.readableStreamTee(message.#body, true);
          message.#body = mine;
          return theirs;
        }
//< 18-pipes omit
        return message.#body;
      };
    }
//< 13-http omit
  }
//> 13-http omit
  function checkUsable(message) {
    const body = bodyOf(message);
    if (message.bodyUsed) throw new TypeError("Body already consumed");
//> 18-pipes omit
    if (isStream(body) && body.locked) throw new TypeError("Body is locked: a reader holds it");
//< 18-pipes omit
  }
//< 13-http omit

//> 13-http http-headers-js
  const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

  // A name must be an HTTP token, and a value may not hold NUL, CR, LF
  // or non-bytes: the server writes them as is, and a value with "\r\n" in it
  // would add headers of its own. The value loses the spaces and tabs
  // around it, as the fetch standard says.
  function checked(name, value) {
    const key = checkedName(name);
    value = `${value}`.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, "");
    if (/[\0\r\n\u0100-\uffff]/.test(value)) throw new TypeError(`Invalid header value: '${value}'`);
    return [key, value];
  }

  // Header names are case-insensitive: stored lower-case, in order, with
  // repeated ones joined by ", ". Set-Cookie alone is kept apart, one
  // value each: a cookie's date has a comma in it, so joined cookies
  // could not be told apart again.
  class Headers {
    #map = new Map();
    #cookies = [];
    #guard = "none";     // "immutable": a fetched or a static Response's
    #sorted = null;      // what iteration walks, until the next change
    constructor(init = undefined) {
      if (init !== undefined) for (const [name, value] of initPairs(init)) this.#add(name, value);
    }
    #add(name, value) {
      const [key, text] = checked(name, value);
      this.#change();
      if (key === "set-cookie") return void this.#cookies.push(text);
      const old = this.#map.get(key);
      this.#map.set(key, old === undefined ? text : `${old}, ${text}`);
    }
    #change() {
      if (this.#guard === "immutable") throw new TypeError("Headers are immutable");
      this.#sorted = null;
    }
    append(name, value) {
      this.#add(name, value);
    }
    set(name, value) {
      const [key, text] = checked(name, value);
      this.#change();
      if (key === "set-cookie") this.#cookies = [text];
      else this.#map.set(key, text);
    }
    get(name) {
      const key = checkedName(name);
      if (key !== "set-cookie") return this.#map.get(key) ?? null;
      return this.#cookies.length === 0 ? null : this.#cookies.join(", ");
    }
    // The fetch standard's "sort and combine": names in order, each once
    // with its joined value, but one entry per cookie. Remade after each
    // change, so an iterator sees what changes while it runs.
    #list() {
      if (this.#sorted !== null) return this.#sorted;
      const names = [...this.#map.keys()];
      if (this.#cookies.length > 0) names.push("set-cookie");
      names.sort();
      const list = [];
      for (const name of names) {
        if (name === "set-cookie") for (const value of this.#cookies) list.push([name, value]);
        else list.push([name, this.#map.get(name)]);
      }
      this.#sorted = list;
      return list;
    }
//< 13-http http-headers-js
//> 13-http omit
    getSetCookie() {
      return this.#cookies.slice();
    }
    has(name) {
      const key = checkedName(name);
      return key === "set-cookie" ? this.#cookies.length > 0 : this.#map.has(key);
    }
    delete(name) {
      const key = checkedName(name);
      this.#change();
      if (key === "set-cookie") this.#cookies = [];
      else this.#map.delete(key);
    }
    keys() {
      return new HeadersIterator(this.#self(), "key");
    }
    values() {
      return new HeadersIterator(this.#self(), "value");
    }
    entries() {
      return new HeadersIterator(this.#self(), "key+value");
    }
    [Symbol.iterator]() {
      return new HeadersIterator(this.#self(), "key+value");
    }
    #self() {
      return this;   // a TypeError first, for anything that is not a Headers
    }
    forEach(callback, thisArg = undefined) {
      if (typeof callback !== "function") throw new TypeError("Headers.forEach: the callback is not a function");
      for (let i = 0, list = this.#list(); i < list.length; i++, list = this.#list()) {
        callback.call(thisArg, list[i][1], list[i][0], this);
      }
    }
    // console.log shows the entries (see Toy.customInspect, 01_console.js),
    // set-cookie's as a list when there are several.
    [Symbol.for("Toy.customInspect")]() {
      const out = Object.fromEntries(this.#list());
      if (this.#cookies.length > 1) out["set-cookie"] = this.#cookies.slice();
      return out;
    }
    static {
      listOf = (headers) => headers.#list();
      copyHeaders = (headers) => {
        const copy = new Headers();
        copy.#map = new Map(headers.#map);
        copy.#cookies = headers.#cookies.slice();
        copy.#guard = headers.#guard;
        return copy;
      };
      freeze = (headers) => void (headers.#guard = "immutable");
      // A served request's headers, from its head as the parser wrote it
      // (op_http.c): the request line's method and target, then
      // "\nname\nvalue" for each header. The names are lower-case
      // already, so nothing needs converting.
      headersFromHead = (head) => {
        const headers = new Headers();
        const from = head.indexOf("\n");
        if (from < 0) return headers;
        const list = head.slice(from + 1).split("\n");
        const map = headers.#map;
        for (let i = 0; i + 1 < list.length; i += 2) {
          if (list[i] === "set-cookie") {
            headers.#cookies.push(list[i + 1]);
            continue;
          }
          const old = map.get(list[i]);
          map.set(list[i], old === undefined ? list[i + 1] : `${old}, ${list[i + 1]}`);
        }
        return headers;
      };
    }
//< 13-http omit
  }
//> 13-http omit
  // WebIDL's ByteString: a string (a Symbol cannot become one) whose
  // characters all fit in a byte.
  function byteString(value) {
    const text = `${value}`;
    if (/[^\x00-\xff]/.test(text)) throw new TypeError(`'${text}' is not a valid ByteString`);
    return text;
  }
  // A token is ASCII, so a name that is one is a ByteString too.
  function checkedName(name) {
    name = `${name}`;
    if (!TOKEN.test(name)) throw new TypeError(`Invalid header name: '${name}'`);
    return name.toLowerCase();
  }

  // What a Headers is made from, as WebIDL reads it: a sequence of
  // [name, value] pairs (anything iterable, a Headers too) or a record
  // (an object's own enumerable string keys). Read in full before
  // anything is added.
  function initPairs(init) {
    if (init === null || (typeof init !== "object" && typeof init !== "function")) {
      throw new TypeError("Headers: init must be a sequence of [name, value] pairs or a record");
    }
    const method = init[Symbol.iterator];
    const pairs = [];
    if (method !== undefined && method !== null) {
      if (typeof method !== "function") throw new TypeError("Headers: init's Symbol.iterator is not a function");
      const iterator = method.call(init);
      for (let step = iterator.next(); !step.done; step = iterator.next()) {
        const pair = step.value;
        if (pair === null || typeof pair !== "object" || typeof pair[Symbol.iterator] !== "function") {
          throw new TypeError("Headers: each item of init must be a [name, value] pair");
        }
        const items = [...pair];
        if (items.length !== 2) throw new TypeError("Headers: each item of init must be a [name, value] pair");
        pairs.push([byteString(items[0]), byteString(items[1])]);
      }
      return pairs;
    }
    for (const key of Reflect.ownKeys(init)) {
      const desc = Reflect.getOwnPropertyDescriptor(init, key);
      if (desc === undefined || !desc.enumerable) continue;
      const name = byteString(key);
      pairs.push([name, byteString(init[key])]);
    }
    return pairs;
  }

  // keys(), values(), entries() and [Symbol.iterator](): iterators of
  // the kind WebIDL gives an iterable interface, whose next() lives on
  // a shared prototype and reads the current sorted list each time.
  const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
  class HeadersIterator {
    #headers;
    #kind;
    #index = 0;
    constructor(headers, kind) {
      this.#headers = headers;
      this.#kind = kind;
    }
    next() {
      if (!(#headers in this)) throw new TypeError("next() called on an object that is not a Headers Iterator");
      const list = listOf(this.#headers);
      if (this.#index >= list.length) return { value: undefined, done: true };
      const [name, value] = list[this.#index++];
      return { value: this.#kind === "key" ? name : this.#kind === "value" ? value : [name, value], done: false };
    }
  }
  const HeadersIteratorPrototype = HeadersIterator.prototype;
  Object.setPrototypeOf(HeadersIteratorPrototype, IteratorPrototype);
  delete HeadersIteratorPrototype.constructor;
  Object.defineProperty(HeadersIteratorPrototype, "next", { enumerable: true });
  Object.defineProperty(HeadersIteratorPrototype, Symbol.toStringTag, {
    value: "Headers Iterator", configurable: true,
  });
  Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: "Headers", configurable: true });
//< 13-http omit
//> 18-pipes omit
  // What 15_fetch.js needs of the bodies.
  core.httpBodies = { of: Body.of, isStream, readableStream };
  delete Body.of;
//< 18-pipes omit

//> 13-http http-request-js
  // The key under which serveConn hands a Request its head's text.
  const parsedHeaders = Symbol("parsed headers");

  class Request extends Body {
    #method;
    #url;
    #headers;
    #parsed = null;
//> 14-fetch request-signal-field
    #signal;
//< 14-fetch request-signal-field
    #redirect;
//> 13-http omit
    #options;     // mode, cache, ... (requestOptions)
//< 13-http omit
//> 14-fetch omit
    #blob;   // the Blob a blob: URL named when the Request was made
//< 14-fetch omit
    // input is a URL or a Request to copy; init's members override the
    // copy's. A string body sets the content type.
    constructor(input, init = {}) {
      init ??= {};
      // A served request (from serveConn) skips the checks below: its
      // method and body come from the parser, and it keeps its head's text
      // to make its Headers when first asked, as many handlers never look
      // at them.
      const parsed = init[parsedHeaders];
      if (parsed !== undefined) {
        super(init.body);
        this.#url = input;
        this.#method = init.method;
        this.#redirect = "follow";
        this.#parsed = parsed;
        return;
      }
      const from = input instanceof Request ? input : null;
      // A Request given as input hands its body on (and is used).
      let body = null, type = null;
      if (init.body !== undefined && init.body !== null) [body, type] = extractBody(init.body);
      else if (from !== null && bodyOf(from) !== null) body = handOn(from);
      super(body);
      this.#url = from ? from.#url : String(input);
//> 14-fetch request-url
      // From this chapter on the URL is parsed here. A relative one has
      // no page's address to complete it, so it is an error, as in Deno;
      // so is a user name or password in it (the fetch standard keeps
      // credentials out of URLs, which end up in logs and histories).
      if (from === null) {
        let url;
        try {
          url = new URL(this.#url);
        } catch {
          throw new TypeError(`Failed to parse URL from ${this.#url}`);
        }
        if (url.username !== "" || url.password !== "") {
          throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${this.#url}`);
        }
        this.#url = url.href;
      }
//< 14-fetch request-url
      // A method is a token (RFC 9110): fetch writes it into the request
      // line as it is, and "GET / HTTP/1.1\r\nX: y" would add a header.
      // CONNECT, TRACE and TRACK are forbidden, as the fetch standard says.
      let method = init.method !== undefined ? byteString(init.method) : from?.#method ?? "GET";
      if (!TOKEN.test(method)) throw new TypeError("Method is not valid");
      if (/^(connect|trace|track)$/i.test(method)) throw new TypeError("Method is forbidden");
      if (/^(delete|get|head|options|post|put)$/i.test(method)) method = method.toUpperCase();
      if (body !== null && (method === "GET" || method === "HEAD")) {
        throw new TypeError("Request with GET/HEAD method cannot have body.");
      }
      this.#method = method;
//> 18-pipes request-duplex
      // A stream body is sent while it is read, and the response may
      // begin before it ends: the fetch standard has the program say it
      // knows that (duplex: "half"), as browsers do. A stream someone
      // reads already cannot be a body.
      if (isStream(body) && (init.body !== undefined && init.body !== null)) {
        if (init.duplex !== "half") {
          throw new TypeError("Failed to construct 'Request': duplex: \"half\" is required for a ReadableStream body");
        }
        if (body.locked || core.streams?.isDisturbed?.(body) === true) {
          throw new TypeError("Failed to construct 'Request': the body stream is locked or disturbed");
        }
      }
//< 18-pipes request-duplex
//> 14-fetch request-signal-init
      const signal = init.signal ?? from?.#signal ?? null;
      if (signal !== null && !(signal instanceof globalThis.AbortSignal)) {
        throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
      }
      this.#signal = signal;
//< 14-fetch request-signal-init
//> 14-fetch omit
      // A blob: URL is resolved now, as the File API says: a Request keeps
      // its Blob even if the URL is revoked before fetch reads it.
      this.#blob = from !== null && from.#url === this.#url ? from.#blob : core.blobURL?.(this.#url);
//< 14-fetch omit
      this.#redirect = oneOf("redirect", init.redirect ?? from?.#redirect ?? "follow", ["follow", "manual", "error"]);
//> 13-http omit
      this.#options = requestOptions(init, from?.#options);
//< 13-http omit
      this.#headers = new Headers(init.headers ?? from?.headers);
      if (type !== null && !this.#headers.has("content-type")) this.#headers.set("content-type", type);
    }
//> 14-fetch request-signal
    // A request made without a signal (a served one, too) gets one that
    // never aborts, made when first asked for.
    get signal() {
      this.#signal ??= new globalThis.AbortController().signal;
      return this.#signal;
    }
//< 14-fetch request-signal
    [Symbol.for("Toy.customInspect")]() {
      const { bodyUsed, headers, method, redirect, url } = this;
      return { bodyUsed, headers, method, redirect, url };
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
      if (this.#parsed !== null) {
        this.#headers = headersFromHead(this.#parsed);
        this.#parsed = null;
      }
      return this.#headers;
    }
//< 13-http http-request-js
//> 13-http omit
    // The members a browser acts on (mode, cache, credentials, ...) are
    // checked and kept, as Deno does; toyjs's fetch does not act on them.
    get mode() {
      return (this.#options ?? DEFAULT_OPTIONS).mode;
    }
    get credentials() {
      return (this.#options ?? DEFAULT_OPTIONS).credentials;
    }
    get cache() {
      return (this.#options ?? DEFAULT_OPTIONS).cache;
    }
    get referrer() {
      const referrer = (this.#options ?? DEFAULT_OPTIONS).referrer;
      return referrer === "no-referrer" ? "" : referrer;
    }
    get referrerPolicy() {
      return (this.#options ?? DEFAULT_OPTIONS).referrerPolicy;
    }
    get integrity() {
      return (this.#options ?? DEFAULT_OPTIONS).integrity;
    }
    get keepalive() {
      return (this.#options ?? DEFAULT_OPTIONS).keepalive;
    }
    get destination() {
      return "";
    }
    get isReloadNavigation() {
      return false;
    }
    get isHistoryNavigation() {
      return false;
    }
    get duplex() {
      return "half";
    }
    // A copy with the same body: a stream is teed, the two read apart.
    clone() {
      // Made the way serveConn makes a request, unchecked: a served
      // TRACE, or GET with a body, is cloned as it is.
      const copy = new Request(this.#url, { [parsedHeaders]: null, method: this.#method, body: copyBody(this) });
      copy.#headers = copyHeaders(this.headers);
      copy.#redirect = this.#redirect;
      copy.#options = this.#options;
//> 14-fetch omit
      copy.#signal = this.#signal;
      copy.#blob = this.#blob;
//< 14-fetch omit
      return copy;
    }
//< 13-http omit
//> 14-fetch omit
    static blobOf(request) {
      return request.#blob;
    }
//< 14-fetch omit
  }
//> 14-fetch omit
  core.requestBlob = Request.blobOf;
  delete Request.blobOf;
//< 14-fetch omit
//> 13-http omit
  Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: "Request", configurable: true });

  function oneOf(member, value, allowed) {
    value = `${value}`;
    if (!allowed.includes(value)) throw new TypeError(`'${value}' is not a valid value for ${member}`);
    return value;
  }

  const DEFAULT_OPTIONS = Object.freeze({
    mode: "cors", credentials: "same-origin", cache: "default", referrer: "about:client",
    referrerPolicy: "", integrity: "", keepalive: false,
  });
  const REFERRER_POLICIES = ["", "no-referrer", "no-referrer-when-downgrade", "same-origin", "origin",
    "strict-origin", "origin-when-cross-origin", "strict-origin-when-cross-origin", "unsafe-url"];

  // RequestInit's other members, read in WebIDL's (alphabetical) order
  // and checked as the fetch standard says.
  function requestOptions(init, from = DEFAULT_OPTIONS) {
    const options = { ...from };
    if (init.cache !== undefined) {
      options.cache = oneOf("cache", init.cache,
        ["default", "no-store", "reload", "no-cache", "force-cache", "only-if-cached"]);
    }
    if (init.credentials !== undefined) {
      options.credentials = oneOf("credentials", init.credentials, ["omit", "same-origin", "include"]);
    }
    if (init.duplex !== undefined) oneOf("duplex", init.duplex, ["half"]);
    if (init.integrity !== undefined) options.integrity = `${init.integrity}`;
    if (init.keepalive !== undefined) options.keepalive = Boolean(init.keepalive);
    if (init.mode !== undefined) {
      options.mode = oneOf("mode", init.mode, ["same-origin", "no-cors", "cors", "navigate"]);
      if (options.mode === "navigate") throw new TypeError("Request's mode cannot be 'navigate'");
    }
    if (init.priority !== undefined) oneOf("priority", init.priority, ["high", "low", "auto"]);
    if (init.referrer !== undefined) options.referrer = referrerOf(`${init.referrer}`);
    if (init.referrerPolicy !== undefined) {
      options.referrerPolicy = oneOf("referrerPolicy", init.referrerPolicy, REFERRER_POLICIES);
    }
    if (init.window !== undefined && init.window !== null) throw new TypeError("RequestInit's window must be null");
    if (options.cache === "only-if-cached" && options.mode !== "same-origin") {
      throw new TypeError("cache mode 'only-if-cached' can be set only with 'same-origin' mode");
    }
    return options;
  }

  // "" is no referrer; anything else must be a URL (about:client is the
  // default, the program itself).
  function referrerOf(text) {
    if (text === "") return "no-referrer";
    if (typeof globalThis.URL !== "function") return text;
    try {
      return new URL(text).href;
    } catch {
      throw new TypeError(`Referrer '${text}' is not a valid URL`);
    }
  }
//< 13-http omit

//> 13-http omit
  const STATUS_TEXT = {
    200: "OK", 201: "Created", 204: "No Content", 301: "Moved Permanently", 302: "Found",
    304: "Not Modified", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
    404: "Not Found", 405: "Method Not Allowed", 409: "Conflict", 413: "Payload Too Large",
    418: "I'm a teapot", 431: "Request Header Fields Too Large", 500: "Internal Server Error",
    501: "Not Implemented", 503: "Service Unavailable",
  };
  const EMPTY = new Uint8Array(0);
  const ASCII = /^[\x00-\x7f]*$/;

  // Every answer carries a Date (HTTP requires it of a server that has a
  // clock). Its text changes once a second, so it is made once a second.
  let dateSecond = -1;
  let dateText = "";
  function httpDate() {
    const now = Date.now();
    const second = Math.floor(now / 1000);
    if (second !== dateSecond) {
      dateSecond = second;
      dateText = new Date(now).toUTCString();   // Tue, 24 Nov 2026 01:12:00 GMT
    }
    return dateText;
  }
//< 13-http omit

//> 13-http http-response-js
  // RFC 9110's reason-phrase: tabs, spaces, visible ASCII and obs-text.
  // The server writes statusText into the status line, and a CR or LF in
  // it would end the line there and let the rest pose as headers (or as
  // a whole second response: response splitting).
  const REASON_PHRASE = /^[\t\x20-\x7e\x80-\xff]*$/;
  // The statuses whose responses never have content (RFC 9110, 15.3.5,
  // 15.3.6 and 15.4.5), so a Response with one of them may not have a body.
  const NULL_BODY_STATUS = [101, 103, 204, 205, 304];

  class Response extends Body {
    #status;
    #statusText;
    #headers;     // a Headers, or null: only the default content-type
    #body;
    #contentType; // the body's content-type, or null
    #url = "";    // a fetched answer's: where it came from (15_fetch.js)
    #redirected = false;
//> 13-http omit
    #type = "default";   // "basic" for a fetched answer, "error" for Response.error()
//< 13-http omit
    constructor(body = null, init = {}) {
      init ??= {};
      const [b, contentType] = extractBody(body);
//> 18-pipes omit
      // A stream someone reads already cannot be a body (the fetch
      // standard's "extract a body"), as for a Request.
      if (isStream(b) && (b.locked || core.streams?.isDisturbed?.(b) === true)) {
        throw new TypeError("Failed to construct 'Response': the body stream is locked or disturbed");
      }
//< 18-pipes omit
      super(b);
      this.#body = b;
      this.#contentType = contentType;
      this.#status = init.status ?? 200;
      if (!Number.isInteger(this.#status) || this.#status < 200 || this.#status > 599) {
        throw new RangeError(`The status provided (${this.#status}) is outside the range [200, 599]`);
      }
      this.#statusText = "";
      if (init.statusText !== undefined) {
        this.#statusText = String(init.statusText);
        if (!REASON_PHRASE.test(this.#statusText)) {
          throw new TypeError(`Invalid status text: ${JSON.stringify(this.#statusText)}`);
        }
      }
      if (b !== null && NULL_BODY_STATUS.includes(this.#status)) {
        throw new TypeError("Response with null body status cannot have body");
      }
      // Most answers have no headers of their own: their Headers is made
      // only if someone asks (the headers getter), never by the server.
      this.#headers = init.headers === undefined ? null : Response.#withType(new Headers(init.headers), contentType);
    }
    static #withType(headers, type) {
      if (type !== null && !headers.has("content-type")) headers.set("content-type", type);
      return headers;
    }
//< 13-http http-response-js
//> 13-http omit
    // JSON as the body, of type application/json unless init's headers
    // say otherwise; what JSON cannot hold (a Symbol, a function) is a
    // TypeError.
    static json(data, init = {}) {
      const text = JSON.stringify(data);
      if (text === undefined) throw new TypeError("Response.json: the data cannot be serialized as JSON");
      const headers = new Headers(init?.headers);
      if (!headers.has("content-type")) headers.set("content-type", "application/json");
      return new Response(text, { status: init?.status, statusText: init?.statusText, headers });
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
    get url() {
      return this.#url;
    }
    get redirected() {
      return this.#redirected;
    }
    // "basic" for an answer fetch got, "default" for one a program made,
    // "error" for Response.error()'s.
    get type() {
      return this.#type;
    }
    // fetch marks the Responses it makes with where they came from
    // (Toy.core.fetched, below): the only way to set those fields. Their
    // headers are what the server sent, and cannot be changed.
    static fetched(res, url, redirected) {
      res.#url = url;
      res.#redirected = redirected;
      res.#type = "basic";
      freeze(res.headers);
      return res;
    }
    // A network error as a Response: status 0, no body, headers that
    // cannot be changed.
    static error() {
      const res = new Response(null);
      res.#status = 0;
      res.#type = "error";
      freeze(res.headers);
      return res;
    }
    // An answer that sends the client to url: a redirect status and a
    // Location header, nothing else (the headers cannot be changed).
    static redirect(url, status = 302) {
      let location = `${url}`;
      if (typeof globalThis.URL === "function") {
        try {
          location = new globalThis.URL(location).href;
        } catch {
          throw new TypeError(`Failed to parse URL from ${location}`);
        }
      }
      status = Number(status);
      if (![301, 302, 303, 307, 308].includes(status)) {
        throw new RangeError(`Invalid redirect status code: ${status}`);
      }
      const res = new Response(null, { status, headers: { location } });
      freeze(res.headers);
      return res;
    }
    // A copy: the same status, headers (a copy of them) and body (a
    // stream is teed: each Response reads a branch of its own).
    clone() {
      const body = copyBody(this);
      this.#body = bodyOf(this);
      const copy = new Response(null);
      setBody(copy, body);
      copy.#body = body;
      copy.#status = this.#status;
      copy.#statusText = this.#statusText;
      copy.#headers = this.#headers === null ? null : copyHeaders(this.#headers);
      copy.#url = this.#url;
      copy.#redirected = this.#redirected;
      copy.#type = this.#type;
      copy.#contentType = this.#contentType;
      return copy;
    }
    get headers() {
      this.#headers ??= Response.#withType(new Headers(), this.#contentType);
      return this.#headers;
    }
    [Symbol.for("Toy.customInspect")]() {
      const { bodyUsed, headers, ok, redirected, status, statusText, type, url } = this;
      return { bodyUsed, headers, ok, redirected, status, statusText, type, url };
    }
//< 13-http omit
//> 13-http http-serialize-js
    // What the server writes, as [head, bytes]: the head is a string
    // (status line, headers, content-length; op_net_send writes it as
    // UTF-8), the body bytes follow it. An ASCII string body rides in the
    // head: its length in bytes is its length, and nothing is encoded in
    // JavaScript. A HEAD request gets the head alone, with the length the
    // body would have had. The server alone frames the body: a handler's
    // content-length or transfer-encoding is left out (the body's real
    // length is written instead), and 204 and 304, which have no content
    // (the constructor saw to that), get no content-length either (RFC
    // 9110, 8.6). A client that read a length that is not the body's
    // would take the rest for its next response.
    static serialize(res, keepAlive, headOnly) {
      const body = res.#body;
      const reason = res.#statusText || STATUS_TEXT[res.#status] || "";
      let head = `HTTP/1.1 ${res.#status} ${reason}\r\n`;
      if (res.#headers === null) {
        if (res.#contentType !== null) head += `content-type: ${res.#contentType}\r\n`;
        head += `date: ${httpDate()}\r\n`;
      } else {
        for (const [name, value] of listOf(res.#headers)) {
          if (name === "content-length" || name === "connection" || name === "transfer-encoding") continue;
          head += `${name}: ${value}\r\n`;
        }
        if (!res.#headers.has("date")) head += `date: ${httpDate()}\r\n`;
      }
//> 18-pipes http-serialize-stream
      // A stream's length is not known before it ends: it goes out in
      // chunks (serveConn's sendStream), after a head that says so, and
      // serialize gives it back as a third item. A HEAD request gets the
      // head alone, and the stream is cancelled.
      if (isStream(body)) {
        head += "transfer-encoding: chunked\r\n";
        if (!keepAlive) head += "connection: close\r\n";
        head += "\r\n";
        if (!headOnly) return [head, EMPTY, body];
        body.cancel().catch(() => {});
        return [head, EMPTY];
      }
//< 18-pipes http-serialize-stream
      let text = "", bytes = EMPTY;
      if (typeof body === "string") {
        if (ASCII.test(body)) text = body;
        else bytes = encoder.encode(body);
      } else if (body !== null) {
        bytes = body;
      }
      if (res.#status !== 204 && res.#status !== 304) head += `content-length: ${text.length + bytes.length}\r\n`;
      if (!keepAlive) head += "connection: close\r\n";
      head += "\r\n";
      if (headOnly) return [head, EMPTY];
      return [head + text, bytes];
    }
  }
  Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: "Response", configurable: true });
  const serialize = Response.serialize;
  delete Response.serialize;
  core.fetched = Response.fetched;
  delete Response.fetched;
//< 13-http http-serialize-js

//> 13-http omit
  function reportError(err) {
    const text = err instanceof Error && err.stack ? err.stack : String(err);
    console.error(`error: Uncaught ${text}`);
  }

  const MAX_QUEUED = 1024 * 1024;   // bytes of answers a slow reader may owe
  const MAX_DRAIN = 1024 * 1024;    // bytes read and dropped after an error answer

  // How serveConn reaches its connection. Over TCP, the net ops:
  // op_net_send writes at once, and an empty write completes once every
  // write before it has gone out (libuv keeps a socket's writes in order).
  const tcpIo = {
    read: (rid, view) => ops.op_net_read(rid, view),
    send: (rid, head, bytes) => ops.op_net_send(rid, head, bytes),
    flush: (rid) => ops.op_net_write(rid, EMPTY),
    shutdown: (rid) => ops.op_net_shutdown(rid),
  };

//> 15-tls omit
  // Over TLS (Toy.serve with cert and key), the tls ops of op_tls.c: an
  // answer is one queued write, encrypted in order, and a flush waits for
  // the last one. One per connection, since it counts what is queued.
  function tlsIo() {
    let queued = 0;
    let last = Promise.resolve();
    return {
      read: (rid, view) => ops.op_tls_read(rid, view),
      send(rid, head, bytes) {
        const head8 = encoder.encode(head);
        const data = bytes.length === 0 ? head8 : concat(head8, bytes);
        queued += data.length;
        last = ops.op_tls_write(rid, data).finally(() => (queued -= data.length));
        last.catch(() => {});   // a failed write ends the connection at its next read
        return queued;
      },
      flush: () => last,
      shutdown: (rid) => ops.op_tls_shutdown(rid),
    };
  }

  function concat(a, b) {
    const out = new Uint8Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
  }
//< 15-tls omit

  // Whether buf[at, len) begins with the bytes of prefix.
  const HEAD_SP = [72, 69, 65, 68, 32];   // "HEAD "
  function startsWith(buf, at, len, prefix) {
    if (len - at < prefix.length) return false;
    for (let i = 0; i < prefix.length; i++) if (buf[at + i] !== prefix[i]) return false;
    return true;
  }
//< 13-http omit

//> 13-http http-serve-js
  // The URL a request is for: RFC 9112's target URI (section 3.3). The
  // parser has checked the target's form. An origin-form target
  // ("/path?query") follows the server's origin; an asterisk-form one
  // ("*", OPTIONS only) has no path, so the URL is the origin's
  // ("http://host:port/"); an absolute-form one is the URL itself, its
  // scheme and host in lower case (from chapter 14, as URL parses it: the
  // parser checks its characters, not that 1.2.3.999 is no address).
  // null for a target that is no URL: the server answers 400.
  function targetUrl(target, origin) {
    if (target.charCodeAt(0) === 47) return origin + target;   // "/"
    if (target === "*") return `${origin}/`;
//> 14-fetch http-target-url
    try {
      return new URL(target).href;
    } catch {
      return null;
    }
//< 14-fetch http-target-url
  }

//> 18-pipes http-respond-body
  // A parsed request (its method, its head's text, and its body: bytes,
  // a stream or null) for url, through the handler, to a Response.
  function respond(method, head, url, body, handler) {
    return handler(new Request(url, { method, [parsedHeaders]: head, body }));
  }
//< 18-pipes http-respond-body

  // A handler's answer must be a Response made by the class: instanceof
  // also takes Object.create(Response.prototype) and a Proxy of one,
  // which have none of its private fields. Reading one (the status
  // getter's) is the check: it throws for anything else, never runs the
  // answer's own code, and a subclass's instances pass.
  const statusOf = Object.getOwnPropertyDescriptor(Response.prototype, "status").get;
  function checkResponse(res) {
    try {
      statusOf.call(res);
    } catch {
      throw new TypeError("Return value from serve handler must be a response or a promise resolving to a response");
    }
    return res;
  }

  // One connection: read, parse, answer each request in order. Its entry
  // in server.conns tells the server's deadlines what it is doing:
  //   since   the tick of the server's clock (see sweep) at which it began
  //           to wait on its client: for a request, for its answers to go
  //           out, or for the end of what the client sends after an
  //           error. null while a handler runs: a handler may take long.
  //   busy    answering: shutdown() lets it finish instead of closing it.
  //   parser  the rid of its parser (op_http.c), -1 before there is one.
  async function serveConn(conn, handler, server, io) {
    const { clock } = server;
    const entry = { since: clock.ticks, busy: false, parser: -1 };
    server.conns.set(conn, entry);
    const rid = conn.rid;
    // Waits for what was sent to go out. A client that takes nothing
    // would make that wait for ever, so the clock runs meanwhile.
    const flush = async () => {
      entry.since = clock.ticks;
      await io.flush(rid);
      entry.since = null;
    };
    // The bytes received and not parsed yet are buf[start, len). Reads go
    // straight into buf's free end, and a full buf doubles: a request
    // that comes in many small pieces is copied a few times in all, not
    // once per piece.
    let buf = new Uint8Array(16 * 1024);
    let start = 0;
    let len = 0;
    let need = 1;                             // parse again once len - start reaches this
    // What op_http_parse says besides the heads: [count, used, need,
    // error], then keepAlive, bodyAt, bodyLength for each of at most 64
    // requests a call.
    const tape = new Uint32Array(4 + 3 * 64);
    const tapeBytes = new Uint8Array(tape.buffer);
//> 18-pipes http-serve-request-body
    // The body of a request whose head came without all of it, read from
    // the connection as the handler reads it: what buf holds after the
    // head first, then more, read into buf from its start once all of it
    // is used. op_http_body decodes each piece in place (counting down a
    // Content-Length, or undoing the chunked coding), and the stream gets
    // a copy of the data, as buf is read into again. Nothing is read
    // before the handler asks (a byte stream's highWaterMark is 0): a
    // handler that reads slowly holds one piece, and the client waits.
    const EXPECT_CONTINUE = /\nexpect\n100-continue(\n|$)/i;
    let reading = null;      // the body being read: { statusOf(e), finish() }
    let bodyRead = false;    // a body was read from the connection: start is past it
    const bodyTape = new Uint32Array(3);
    const bodyTapeBytes = new Uint8Array(bodyTape.buffer);
    function requestBody(expectsContinue) {
      let done = false;
      let failure = null;
      let status = 500;      // the answer when failure is what the handler threw
      let pending = Promise.resolve(null);
      bodyRead = true;
      // The next piece of data, null at the body's end.
      async function step() {
        for (;;) {
          if (failure !== null) throw failure;
          if (done) return null;
          if (start < len) {
            const n = ops.op_http_body(entry.parser, buf.subarray(start, len), bodyTapeBytes);
            const data = n > 0 ? buf.slice(start, start + n) : null;
            start += bodyTape[0];
            if (bodyTape[2] !== 0) {
              status = bodyTape[2];
              failure = new TypeError(`request body: ${STATUS_TEXT[status]} (malformed chunked coding)`);
              throw failure;
            }
            done = bodyTape[1] === 1;
            if (data !== null) return data;
            continue;
          }
          start = len = 0;
          // A client that sent "Expect: 100-continue" waits to be told
          // to send the body (unless it sent some already): told once
          // the handler first wants it.
          if (expectsContinue) {
            expectsContinue = false;
            io.send(rid, "HTTP/1.1 100 Continue\r\n\r\n", EMPTY);
          }
          entry.since = clock.ticks;        // waiting on the client
          let n;
          try {
            n = await io.read(rid, buf);
          } catch (e) {
            failure = e;
            throw e;
          } finally {
            entry.since = null;
          }
          if (n === 0) {
            status = 400;
            failure = new TypeError("request body: the connection closed before the body ended");
            throw failure;
          }
          len = n;
        }
      }
      // One step at a time, whoever asks: the stream, or finish.
      const next = () => (pending = pending.then(step, step));
      const stream = new (readableStream())({
        type: "bytes",
        async pull(controller) {
          const data = await next();
          if (data !== null) return controller.enqueue(data);
          controller.close();
          controller.byobRequest?.respond(0);   // a BYOB read waiting gets done
        },
      });
      reading = {
        // What to answer when the handler throws e: 400 or 431 for the
        // client's malformed body, 500 for anything else.
        statusOf: (e) => (e === failure ? status : 500),
        // Whether reading the body failed (finish will close the connection).
        get failed() {
          return failure !== null;
        },
        // After the answer: reads and drops the rest, up to MAX_DRAIN
        // bytes. true when the body ended well and the connection can go
        // on to the next request.
        async finish() {
          reading = null;
          // A client still waiting for "100 Continue" got the answer
          // instead: it may send the body now or never, so where its next
          // request starts cannot be known. No 100 after the answer, and
          // the connection closes.
          const waiting = expectsContinue && start >= len;
          expectsContinue = false;
          if (waiting) {
            failure ??= new TypeError("request body: the answer was sent before the client was told to send the body");
            return false;
          }
          try {
            await pending;
          } catch {
            // the stream has it
          }
          for (let dropped = 0; failure === null && !done && dropped <= MAX_DRAIN;) {
            try {
              dropped += (await next())?.length ?? 0;
            } catch {
              break;
            }
          }
          if (!done) failure ??= new TypeError("request body: the answer was sent before the body was read");
          return done;
        },
      };
      return stream;
    }

    // A stream's chunks, each "SIZE\r\n DATA \r\n", sent as the stream
    // gives them: each is written and waited for (flush) before the next
    // is read, so a fast stream and a slow client hold one chunk at a
    // time. The stream failing, or the client going away (a write fails,
    // or the read that watches the connection ends), closes the
    // connection, and the stream is cancelled. true when it all went out.
    let watch = null;        // a read pending on the client while a stream goes out
    let onGone = null;       // what the watch calls if the client goes
    const spare = new Uint8Array(16 * 1024);
    async function sendStream(stream, watchable) {
      let reader;
      try {
        reader = stream.getReader();
      } catch (e) {
        reportError(e);
        return false;
      }
      let gone = false;
      // Watch the client when nothing else reads from it and no bytes
      // wait to be parsed: its leaving (the read ends) cancels the
      // stream, even one that has nothing to send for a long time.
      if (watch === null && watchable) {
        watch = io.read(rid, spare).then((n) => n, () => 0);
        watch.then((n) => n === 0 && onGone?.());
      }
      onGone = () => {
        gone = true;
        reader.cancel(new Error("the client went away")).catch(() => {});
      };
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (gone) return false;
          if (done) break;
          if (!(value instanceof Uint8Array)) throw new TypeError("A response stream's chunks must be Uint8Arrays");
          if (value.length === 0) continue;
          io.send(rid, `${value.length.toString(16)}\r\n`, value);
          io.send(rid, "\r\n", EMPTY);
          await flush();
        }
        io.send(rid, "0\r\n\r\n", EMPTY);
        return true;
      } catch (e) {
        if (!gone) reader.cancel(e).catch(() => {});
        return false;
      } finally {
        onGone = null;
      }
    }

    // The watch's result, its bytes (the next request's) added to buf.
    async function takeWatched() {
      const n = await watch;
      watch = null;
      while (buf.length - len < n) {
        const bigger = new Uint8Array(buf.length * 2);
        bigger.set(buf.subarray(0, len));
        buf = bigger;
      }
      buf.set(spare.subarray(0, n), len);
      len += n;
      return n;
    }
//< 18-pipes http-serve-request-body
    try {
      entry.parser = ops.op_http_parser_new();
      for (;;) {
        if (len - start < need) {             // the parser can get no further
          if (start > 0) {                    // what is left moves to buf's start
            buf.copyWithin(0, start, len);
            len -= start;
            start = 0;
          }
          if (len === buf.length) {
            const bigger = new Uint8Array(buf.length * 2);
            bigger.set(buf);
            buf = bigger;
          }
//> 18-pipes http-serve-watched
          // What the read watching the client (sendStream) brought.
          if (watch !== null) {
            const n = await takeWatched();
            if (n === 0) return;
            continue;
          }
//< 18-pipes http-serve-watched
          // The op itself: Conn.read would wrap its promise in one more.
          const n = await io.read(rid, buf.subarray(len));
          if (n === 0) return;
          len += n;
          continue;
        }
        const text = ops.op_http_parse(entry.parser, buf.subarray(start, len), tapeBytes);
        const count = tape[0];
        const used = tape[1];
        let error = tape[3];
        const heads = count <= 1 ? [text] : text.split("\r");
        // Whether a request that failed here was a HEAD (null: the one
        // the parser failed on, which starts at used).
        let failedHead = null;
        if (count > 0) {
          entry.since = null;                 // the clock stops while we answer
          entry.busy = true;
        }
        for (let i = 0; i < count; i++) {
          const head = heads[i];
          const space = head.indexOf(" ");
          const end = head.indexOf("\n", space);
          const method = head.slice(0, space);
          const url = targetUrl(head.slice(space + 1, end < 0 ? head.length : end), server.origin);
          if (url === null) {
            error = 400;
            failedHead = method === "HEAD";
            break;
          }
          let res;
          try {
//> 18-pipes http-serve-respond
            // The body is in buf, or (marked 2: the last request of the
            // call) it follows its head, and the handler gets a stream
            // that reads it from the connection (requestBody).
            const at = start + tape[5 + 3 * i];
            const length = tape[6 + 3 * i];
            let body = length > 0 ? buf.slice(at, at + length) : null;
            if ((tape[4 + 3 * i] & 2) !== 0) {
              start += used;
              body = requestBody(start === len && EXPECT_CONTINUE.test(head));
            }
            res = respond(method, head, url, body, handler);
//< 18-pipes http-serve-respond
            // Await only a promise: a handler that answers at once costs
            // no extra trip through the microtask queue.
            res = checkResponse(typeof res?.then === "function" ? await res : res);
          } catch (e) {
//> 18-pipes http-serve-body-fault
            // A body the client sent malformed or cut short is the
            // client's fault: 400 (431 for trailers too large), not
            // logged as the handler's.
            const status = reading?.statusOf(e) ?? 500;
            if (status === 500) reportError(e);
            res = new Response(STATUS_TEXT[status], { status });
//< 18-pipes http-serve-body-fault
          }
          // After shutdown(), the answer in progress is the last.
//> 18-pipes http-serve-keep-alive
          // A body that failed (malformed, or the client stopped) leaves
          // no place where a next request could start: the answer says
          // the connection closes.
          const keepAlive = (tape[4 + 3 * i] & 1) === 1 && !server.closing && reading?.failed !== true;
          const [answer, bytes, stream] = serialize(res, keepAlive, method === "HEAD");
//< 18-pipes http-serve-keep-alive
          // Sent now (or queued by libuv, in order), not awaited: the next
          // request, often here already, is parsed while the answer goes
          // out. Only when a client lets answers pile up does the server
          // wait for it, and before closing, for everything to go out.
          if (io.send(rid, answer, bytes) > MAX_QUEUED) await flush();
//> 18-pipes http-serve-stream-out
          // A stream's chunks follow the head; then what the handler did
          // not read of its request's body is read and dropped. Either
          // failing closes the connection.
          if (stream !== undefined && !(await sendStream(stream, reading === null && start + used === len))) return;
          if (reading !== null && !(await reading.finish())) {
            await flush();
            return;
          }
//< 18-pipes http-serve-stream-out
          if (!keepAlive) {
            await flush();
            return;
          }
        }
        entry.busy = false;
        if (error !== 0) {
          // 400, 413, 431 or 501. The client may still be sending (the
          // body too large, say), and closing with its bytes unread would
          // reset the connection, which can destroy the answer before
          // the client reads it. So: answer, end our side, and read and
          // drop what still comes (up to a limit) before closing, with
          // the clock running: a client that neither sends nor closes is
          // closed after requestTimeout, as when it sends nothing at all.
          entry.since = clock.ticks;
          const res = new Response(STATUS_TEXT[error], { status: error });
          // The answer to a HEAD request has no content, even this one
          // (RFC 9110, 9.3.2). Its method is in the bytes where it starts.
          const [head, bytes] = serialize(res, false, failedHead ?? startsWith(buf, start + used, len, HEAD_SP));
          io.send(rid, head, bytes);
          await io.shutdown(rid);
          for (let dropped = 0; dropped < MAX_DRAIN;) {
            const n = await io.read(rid, buf);
            if (n === 0) break;
            dropped += n;
          }
          return;
        }
//> 18-pipes http-serve-after-body
        // A body read from the connection left start at its end: what
        // follows it is parsed at once.
        if (bodyRead) {
          bodyRead = false;
          need = 1;
          entry.since = clock.ticks;
          continue;
        }
//< 18-pipes http-serve-after-body
        start += used;
        need = tape[2] - used;
        if (count > 0) entry.since = clock.ticks;   // and starts for the next one
      }
    } catch {
      // The peer went away, or the server closed the connection: nothing
      // to answer.
    } finally {
      server.close(conn);
    }
  }

  // A client has requestTimeout ms for each wait the server makes on it
  // (serveConn's since): for a request, for its answers to go out, for
  // the end of what it sends after an error. One interval per server is
  // the clock: it ticks ten times per timeout (at most once a second) and
  // closes the connections that have waited too many ticks.
  function sweep(conns, timeout, close) {
    const clock = { ticks: 0 };
    if (timeout === 0) return { clock, stop() {} };
    const period = Math.min(1000, Math.max(1, timeout / 10));
    const limit = Math.ceil(timeout / period);
    const id = setInterval(() => {
      clock.ticks++;
      for (const [conn, { since }] of conns) {
        if (since !== null && clock.ticks - since >= limit) close(conn);
      }
    }, period);
    return { clock, stop: () => clearInterval(id) };
  }

  function serve(options, handler) {
    if (typeof options === "function") [options, handler] = [handler, options];
    options ??= {};
    if (typeof handler !== "function") handler = options.handler;
    if (typeof handler !== "function") throw new TypeError("A handler function must be provided");
    const { hostname = "0.0.0.0", port = 8000, requestTimeout = 30000 } = options;
    if (typeof requestTimeout !== "number" || !(requestTimeout >= 0)) {
      throw new TypeError("requestTimeout must be a number of milliseconds, 0 for none");
    }
    // HTTPS needs TLS (chapter 15): without it, refuse rather than serve
    // in the clear what was meant to be encrypted.
    if ((options.cert !== undefined || options.key !== undefined) && typeof Toy.listenTls !== "function") {
      throw new TypeError("HTTPS is not supported by this build");
    }
    // How the server listens, and how serveConn reaches a connection.
    let listener = null;
    let scheme = "http";
    let connIo = () => tcpIo;
//> 15-tls omit
    // With cert and key it is HTTPS: the same server on Toy.listenTls.
    const { cert, key } = options;
    if (cert !== undefined || key !== undefined) {
//> 19-workers serve-tls-reuse-port
      listener = Toy.listenTls({ hostname, port, cert, key, reusePort: options.reusePort });
//< 19-workers serve-tls-reuse-port
      scheme = "https";
      connIo = tlsIo;
    }
//< 15-tls omit
//> 19-workers serve-reuse-port
    // reusePort: several servers, on as many threads, share the port.
    listener ??= Toy.listen({ hostname, port, reusePort: options.reusePort });
//< 19-workers serve-reuse-port
    const addr = listener.addr;
    const conns = new Map();   // connection -> its entry (serveConn)
    const sweeper = sweep(conns, requestTimeout, close);
    // What serveConn sees of its server.
    const state = { origin: `${scheme}://${addr.hostname}:${addr.port}`, conns, clock: sweeper.clock,
      closing: false, close };
    let listening = true;
    let grace = null;          // shutdown()'s deadline
    let resolveFinished;
    const finished = new Promise((resolve) => (resolveFinished = resolve));
    const onListen = options.onListen ??
      (({ hostname, port }) => console.log(`Listening on ${scheme}://${hostname}:${port}/`));
    onListen({ hostname: addr.hostname, port: addr.port });

    // The server is finished once its listener is closed and so is its
    // last connection.
    function checkFinished() {
      if (listening || conns.size > 0) return;
      sweeper.stop();
      clearTimeout(grace);
      resolveFinished();
    }

    // Closes a connection, whatever it is doing (a pending read fails,
    // and serveConn ends), and its parser; once.
    function close(conn) {
      const entry = conns.get(conn);
      if (entry === undefined) return;
      conns.delete(conn);
      try {
        conn.close();
      } catch {
        // already closed
      }
      try {
        if (entry.parser >= 0) ops.op_close(entry.parser);
      } catch {
        // closed by the program (Toy.close)
      }
      checkFinished();
    }

    (async () => {
      for await (const conn of listener) serveConn(conn, handler, state, connIo());
      listening = false;
      checkFinished();
    })();

    // shutdown() is graceful: the listener and every idle connection
    // close; one that is answering finishes that answer, with
    // connection: close, within requestTimeout ms, after which the rest
    // close too. An aborted signal stops the server at once, as in Deno.
    function stop(graceful) {
      if (!state.closing) {
        state.closing = true;
        listener.close();
      }
      for (const [conn, entry] of conns) if (!graceful || !entry.busy) close(conn);
      if (conns.size > 0 && grace === null && requestTimeout > 0) {
        grace = setTimeout(() => stop(false), requestTimeout);
      }
      return finished;
    }

    const server = {
      finished,
      addr: { transport: "tcp", hostname: addr.hostname, port: addr.port },
      shutdown: () => stop(true),
    };
    const signal = options.signal;
    if (signal?.aborted) stop(false);
    else signal?.addEventListener("abort", () => stop(false), { once: true });
    return server;
  }

  Object.assign(globalThis, { Headers, Request, Response });
  globalThis.Toy.serve = serve;
//< 13-http http-serve-js
})(globalThis.Toy.core);
