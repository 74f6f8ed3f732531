// 13_url.js: URL and URLSearchParams, by the WHATWG URL standard: a
// parser that turns a string (and perhaps a base) into a record of
// scheme, credentials, host, port, path, query and fragment, and a
// serializer that turns the record back into the href. Pure JavaScript:
// nothing here needs an op.
"use strict";
(() => {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  // The special schemes and their default ports (file has none).
  const SPECIAL = { ftp: 21, file: null, http: 80, https: 443, ws: 80, wss: 443 };
  const isSpecial = (scheme) => Object.prototype.hasOwnProperty.call(SPECIAL, scheme);

  // The percent-encode sets: which characters (beyond controls and
  // non-ASCII, always encoded) each part of a URL escapes.
  const C0 = "";
  const FRAGMENT = ' "<>`';
  const QUERY = ' "#<>';
  const SPECIAL_QUERY = QUERY + "'";
  const PATH = QUERY + "?`{}";
  const USERINFO = PATH + "/:;=@[\\]^|";

  function hex2(b) {
    return "%" + (b < 16 ? "0" : "") + b.toString(16).toUpperCase();
  }

  // Escapes every code point of s that is a control, non-ASCII or in set,
  // as %XX for each byte of its UTF-8 form.
  function percentEncode(s, set) {
    let out = "";
    for (const ch of s) {
      const c = ch.codePointAt(0);
      if (c >= 0x20 && c < 0x7f && !set.includes(ch)) out += ch;
      else for (const b of encoder.encode(ch)) out += hex2(b);
    }
    return out;
  }

  // %XX sequences to bytes; everything else as its UTF-8 bytes.
  function percentDecodeBytes(s) {
    const bytes = encoder.encode(s);
    const out = new Uint8Array(bytes.length);
    let n = 0;
    const isHex = (b) => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0x25 && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
        out[n++] = parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16);
        i += 2;
      } else {
        out[n++] = bytes[i];
      }
    }
    return out.subarray(0, n);
  }

  // Punycode (RFC 3492), for host labels that are not ASCII.
  function punycode(label) {
    const cps = Array.from(label, (c) => c.codePointAt(0));
    let out = cps.filter((c) => c < 0x80).map((c) => String.fromCharCode(c)).join("");
    const basic = out.length;
    let handled = basic;
    if (basic > 0) out += "-";
    const digit = (d) => String.fromCharCode(d < 26 ? 97 + d : 22 + d);
    const adapt = (delta, count, first) => {
      delta = first ? Math.floor(delta / 700) : delta >> 1;
      delta += Math.floor(delta / count);
      let k = 0;
      for (; delta > 455; k += 36) delta = Math.floor(delta / 35);
      return k + Math.floor((36 * delta) / (delta + 38));
    };
    let n = 128, delta = 0, bias = 72;
    while (handled < cps.length) {
      const m = Math.min(...cps.filter((c) => c >= n));
      delta += (m - n) * (handled + 1);
      n = m;
      for (const c of cps) {
        if (c < n) delta++;
        if (c !== n) continue;
        let q = delta;
        for (let k = 36; ; k += 36) {
          const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
          if (q < t) break;
          out += digit(t + ((q - t) % (36 - t)));
          q = Math.floor((q - t) / (36 - t));
        }
        out += digit(q);
        bias = adapt(delta, handled + 1, handled === basic);
        delta = 0;
        handled++;
      }
      delta++;
      n++;
    }
    return out;
  }

  // An IPv4 address's parts may be decimal, octal (0...) or hex (0x...).
  function ipv4Number(part) {
    if (part === "") return NaN;
    if (/^0[xX]/.test(part)) return /^0[xX][0-9a-fA-F]*$/.test(part) ? (part.length === 2 ? 0 : parseInt(part.slice(2), 16)) : NaN;
    if (part.length > 1 && part[0] === "0") return /^[0-7]+$/.test(part) ? parseInt(part, 8) : NaN;
    return /^[0-9]+$/.test(part) ? parseInt(part, 10) : NaN;
  }

  // "a.b.c.d" (or fewer parts, the last filling the rest) to one number.
  function parseIPv4(host) {
    const parts = host.split(".");
    if (parts[parts.length - 1] === "" && parts.length > 1) parts.pop();
    if (parts.length > 4) return null;
    const nums = parts.map(ipv4Number);
    if (nums.some(Number.isNaN)) return null;
    if (nums.slice(0, -1).some((v) => v > 255)) return null;
    const last = nums[nums.length - 1];
    if (last >= 256 ** (5 - nums.length)) return null;
    let value = last;
    nums.slice(0, -1).forEach((v, i) => (value += v * 256 ** (3 - i)));
    return value;
  }

  // Does the last label look like a number? Then the host is IPv4.
  function endsInNumber(host) {
    const parts = host.split(".");
    if (parts[parts.length - 1] === "") {
      if (parts.length === 1) return false;
      parts.pop();
    }
    const last = parts[parts.length - 1];
    return /^[0-9]+$/.test(last) || !Number.isNaN(ipv4Number(last)) && /^0[xX]/.test(last);
  }

  // "[...]" contents to the canonical IPv6 text: lower-case hex, the
  // longest run of two or more zero pieces compressed to "::".
  function parseIPv6(text) {
    let head = text, tail = null;
    const dbl = text.indexOf("::");
    if (dbl >= 0) {
      if (text.indexOf("::", dbl + 1) >= 0) return null;
      head = text.slice(0, dbl);
      tail = text.slice(dbl + 2);
    }
    const pieces = (s) => {
      if (s === "") return [];
      const out = [];
      const parts = s.split(":");
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i];
        if (i === parts.length - 1 && p.includes(".")) {
          const v4 = /^\d+\.\d+\.\d+\.\d+$/.test(p) ? p.split(".").map(Number) : null;
          if (v4 === null || v4.some((v) => v > 255)) return null;
          out.push(v4[0] * 256 + v4[1], v4[2] * 256 + v4[3]);
        } else if (/^[0-9a-fA-F]{1,4}$/.test(p)) {
          out.push(parseInt(p, 16));
        } else {
          return null;
        }
      }
      return out;
    };
    const a = pieces(head);
    const b = tail === null ? [] : pieces(tail);
    if (a === null || b === null) return null;
    if (tail === null ? a.length !== 8 : a.length + b.length > 7) return null;
    const all = [...a, ...new Array(8 - a.length - b.length).fill(0), ...b];
    let best = -1, bestLen = 1;
    for (let i = 0; i < 8; ) {
      let j = i;
      while (j < 8 && all[j] === 0) j++;
      if (j - i > bestLen) [best, bestLen] = [i, j - i];
      i = j === i ? i + 1 : j;
    }
    let out = "";
    for (let i = 0; i < 8; i++) {
      if (i === best) {
        out += i === 0 ? "::" : ":";
        i += bestLen - 1;
        continue;
      }
      out += all[i].toString(16) + (i < 7 ? ":" : "");
    }
    return `[${out}]`;
  }

  const FORBIDDEN_HOST = /[\u0000\t\n\r #/:<>?@[\\\]^|]/;
  const FORBIDDEN_DOMAIN = /[\u0000-\u001f\t\n\r #/:<>?@[\\\]^|%\u007f]/;

  // The host of a URL, canonical, or null when it is not valid.
  function parseHost(input, special) {
    if (input.startsWith("[")) {
      if (!input.endsWith("]")) return null;
      return parseIPv6(input.slice(1, -1));
    }
    if (!special) {
      if (FORBIDDEN_HOST.test(input)) return null;
      return percentEncode(input, C0);
    }
    const domain = decoder.decode(percentDecodeBytes(input)).normalize("NFC").toLowerCase();
    if (domain === "" || FORBIDDEN_DOMAIN.test(domain)) return null;
    const ascii = domain.split(".")
      .map((label) => (/^[\x00-\x7f]*$/.test(label) ? label : "xn--" + punycode(label)))
      .join(".");
    if (endsInNumber(ascii)) {
      const v4 = parseIPv4(ascii);
      if (v4 === null) return null;
      return [24, 16, 8, 0].map((s) => Math.floor(v4 / 2 ** s) % 256).join(".");
    }
    return ascii;
  }

  const SINGLE_DOT = /^(\.|%2e)$/i;
  const DOUBLE_DOT = /^(\.|%2e)(\.|%2e)$/i;

  // Adds the segments of a path string to path (an array), removing "."
  // and ".." as it goes.
  function addPath(path, text, special) {
    const segments = text.split(special ? /[/\\]/ : "/");
    segments.forEach((seg, i) => {
      const last = i === segments.length - 1;
      if (DOUBLE_DOT.test(seg)) {
        if (path.length > 0) path.pop();
        if (last) path.push("");
      } else if (SINGLE_DOT.test(seg)) {
        if (last) path.push("");
      } else {
        path.push(percentEncode(seg, PATH));
      }
    });
  }

  // The query and fragment after the path: text starts with "?", "#" or
  // is empty.
  function addQueryAndFragment(url, text) {
    const hash = text.indexOf("#");
    const query = hash >= 0 ? text.slice(0, hash) : text;
    if (query.startsWith("?")) {
      url.query = percentEncode(query.slice(1), isSpecial(url.scheme) ? SPECIAL_QUERY : QUERY);
    }
    if (hash >= 0) url.fragment = percentEncode(text.slice(hash + 1), FRAGMENT);
  }

  // Splits text at the first character that ends a path.
  function splitPath(text, special) {
    const m = (special ? /[?#]/ : /[?#]/).exec(text);
    return m ? [text.slice(0, m.index), text.slice(m.index)] : [text, ""];
  }

  // A path that starts with a slash (the slash is in text).
  function absolutePath(url, text) {
    const special = isSpecial(url.scheme);
    const [path, rest] = splitPath(text, special);
    url.path = [];
    if (path !== "") addPath(url.path, path.slice(1), special);
    else if (special) url.path = [""];
    addQueryAndFragment(url, rest);
    return url;
  }

  // What follows "scheme://": [userinfo@]host[:port], then the path.
  function authority(url, text) {
    const special = isSpecial(url.scheme);
    const end = (special ? /[/\\?#]/ : /[/?#]/).exec(text);
    let auth = end ? text.slice(0, end.index) : text;
    const rest = end ? text.slice(end.index) : "";
    const at = auth.lastIndexOf("@");
    if (at >= 0) {
      const info = auth.slice(0, at);
      const colon = info.indexOf(":");
      url.username = percentEncode(colon >= 0 ? info.slice(0, colon) : info, USERINFO);
      url.password = colon >= 0 ? percentEncode(info.slice(colon + 1), USERINFO) : "";
      auth = auth.slice(at + 1);
    }
    const m = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(auth);
    if (m === null) return null;
    if (url.scheme === "file") {
      url.host = m[1].toLowerCase() === "localhost" ? "" : m[1] === "" ? "" : parseHost(m[1], true);
      if (url.host === null || m[2] !== undefined) return null;
    } else {
      if (m[1] === "" && (special || at >= 0 || m[2] !== undefined)) return null;
      url.host = parseHost(m[1], special);
      if (url.host === null) return null;
      if (m[2] !== undefined && m[2] !== "") {
        if (!/^[0-9]+$/.test(m[2])) return null;
        const port = Number(m[2]);
        if (port > 65535) return null;
        url.port = port === SPECIAL[url.scheme] ? null : port;
      }
    }
    if (rest === "" || rest[0] === "?" || rest[0] === "#") {
      url.path = special ? [""] : [];
      addQueryAndFragment(url, rest);
      return url;
    }
    return absolutePath(url, rest);
  }

  // A reference against a base of the same (hierarchical) scheme.
  function relative(url, text, base) {
    const special = isSpecial(url.scheme);
    const slash = (c) => c === "/" || (special && c === "\\");
    if (slash(text[0]) && slash(text[1])) {
      return authority(url, special ? text.replace(/^[/\\]+/, "") : text.slice(2));
    }
    url.username = base.username;
    url.password = base.password;
    url.host = base.host;
    url.port = base.port;
    if (slash(text[0])) return absolutePath(url, text);
    const [path, rest] = splitPath(text, special);
    url.path = base.path.slice();
    if (path === "") {
      if (rest === "") url.query = base.query;
      else if (rest[0] === "#") url.query = base.query;
      addQueryAndFragment(url, rest);
      return url;
    }
    url.path.pop();
    addPath(url.path, path, special);
    addQueryAndFragment(url, rest);
    return url;
  }

  // The URL record of input against base (a record, or null); null when
  // input is not a valid URL.
  function parse(input, base) {
    input = String(input).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
    const url = { scheme: "", username: "", password: "", host: null, port: null, path: [], opaque: false,
      query: null, fragment: null };
    const m = /^([A-Za-z][A-Za-z0-9+\-.]*):/.exec(input);
    if (m === null) {
      if (base === null) return null;
      url.scheme = base.scheme;
      if (base.opaque) {
        if (!input.startsWith("#")) return null;
        Object.assign(url, base, { fragment: null });
        addQueryAndFragment(url, input);
        url.query = base.query;
        return url;
      }
      return relative(url, input, base);
    }
    url.scheme = m[1].toLowerCase();
    const rest = input.slice(m[0].length);
    const special = isSpecial(url.scheme);
    if (url.scheme === "file") {
      if (/^[/\\]{2}/.test(rest)) return authority(url, rest.slice(2));
      if (base !== null && base.scheme === "file") return relative(url, rest, base);
      url.host = "";
      return absolutePath(url, /^[/\\]/.test(rest) ? rest : "/" + rest);
    }
    if (special) {
      if (base !== null && base.scheme === url.scheme && !/^[/\\]/.test(rest)) return relative(url, rest, base);
      return authority(url, rest.replace(/^[/\\]+/, ""));
    }
    if (rest.startsWith("//")) return authority(url, rest.slice(2));
    if (rest.startsWith("/")) return absolutePath(url, rest);
    // An opaque path: "mailto:someone@example.com", "data:text/plain,hi".
    const [path, tail] = splitPath(rest, false);
    url.opaque = true;
    url.path = percentEncode(path, C0);
    addQueryAndFragment(url, tail);
    return url;
  }

  function pathname(url) {
    if (url.opaque) return url.path;
    return url.path.map((seg) => "/" + seg).join("");
  }

  function serialize(url, withFragment = true) {
    let out = url.scheme + ":";
    if (url.host !== null) {
      out += "//";
      if (url.username !== "" || url.password !== "") {
        out += url.username + (url.password !== "" ? ":" + url.password : "") + "@";
      }
      out += url.host + (url.port !== null ? ":" + url.port : "");
    } else if (!url.opaque && url.path.length > 1 && url.path[0] === "") {
      out += "/.";
    }
    out += pathname(url);
    if (url.query !== null) out += "?" + url.query;
    if (withFragment && url.fragment !== null) out += "#" + url.fragment;
    return out;
  }

  // application/x-www-form-urlencoded: "a=1&b=x+y" <-> [["a","1"],["b","x y"]].
  function formDecode(text) {
    const list = [];
    for (const piece of text.split("&")) {
      if (piece === "") continue;
      const eq = piece.indexOf("=");
      const name = eq >= 0 ? piece.slice(0, eq) : piece;
      const value = eq >= 0 ? piece.slice(eq + 1) : "";
      const dec = (s) => decoder.decode(percentDecodeBytes(s.replace(/\+/g, " ")));
      list.push([dec(name), dec(value)]);
    }
    return list;
  }

  function formEncode(s) {
    let out = "";
    for (const b of encoder.encode(s)) {
      const ch = String.fromCharCode(b);
      if (/[A-Za-z0-9*\-._]/.test(ch)) out += ch;
      else if (b === 0x20) out += "+";
      else out += hex2(b);
    }
    return out;
  }

  function toUSV(s) {
    return String(s).toWellFormed ? String(s).toWellFormed() : String(s).replace(/[\ud800-\udfff]/g, (c, i, str) => {
      const code = c.charCodeAt(0);
      if (code <= 0xdbff && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return c;
      if (code >= 0xdc00 && (str.charCodeAt(i - 1) & 0xfc00) === 0xd800) return c;
      return "\ufffd";
    });
  }

  const attachParams = Symbol("attach");

  class URLSearchParams {
    #list = [];
    #url = null;   // the URL whose query this is, kept in step
    constructor(init = "") {
      if (init instanceof URLSearchParams) {
        this.#list = init.#list.map(([k, v]) => [k, v]);
      } else if (init !== null && (typeof init === "object" || typeof init === "function")) {
        if (typeof init[Symbol.iterator] === "function") {
          for (const pair of init) {
            const p = typeof pair === "string" ? null : Array.from(pair ?? []);
            if (p === null || p.length !== 2) {
              throw new TypeError("Item in iterable must be a pair of 2 elements");
            }
            this.#list.push([toUSV(p[0]), toUSV(p[1])]);
          }
        } else {
          for (const key of Object.keys(init)) this.#list.push([toUSV(key), toUSV(init[key])]);
        }
      } else {
        const text = toUSV(init);
        this.#list = formDecode(text.startsWith("?") ? text.slice(1) : text);
      }
    }
    // URL keeps its searchParams in step with its query, both ways.
    static [attachParams](params, url, query) {
      params.#url = url;
      params.#list = query === null ? [] : formDecode(query);
    }
    #update() {
      if (this.#url !== null) this.#url[attachParams](this.toString());
    }
    get size() {
      return this.#list.length;
    }
    append(name, value) {
      this.#list.push([toUSV(name), toUSV(value)]);
      this.#update();
    }
    delete(name, value) {
      name = toUSV(name);
      value = value === undefined ? undefined : toUSV(value);
      this.#list = this.#list.filter(([k, v]) => !(k === name && (value === undefined || v === value)));
      this.#update();
    }
    get(name) {
      name = toUSV(name);
      return this.#list.find(([k]) => k === name)?.[1] ?? null;
    }
    getAll(name) {
      name = toUSV(name);
      return this.#list.filter(([k]) => k === name).map(([, v]) => v);
    }
    has(name, value) {
      name = toUSV(name);
      value = value === undefined ? undefined : toUSV(value);
      return this.#list.some(([k, v]) => k === name && (value === undefined || v === value));
    }
    set(name, value) {
      name = toUSV(name);
      value = toUSV(value);
      const i = this.#list.findIndex(([k]) => k === name);
      if (i < 0) {
        this.#list.push([name, value]);
      } else {
        this.#list[i][1] = value;
        this.#list = this.#list.filter(([k], j) => j <= i || k !== name);
      }
      this.#update();
    }
    // Stable, by the names' UTF-16 code units.
    sort() {
      this.#list = this.#list
        .map((pair, i) => [pair, i])
        .sort(([a, i], [b, j]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : i - j))
        .map(([pair]) => pair);
      this.#update();
    }
    forEach(callback, thisArg) {
      if (typeof callback !== "function") throw new TypeError("The callback must be a function");
      for (let i = 0; i < this.#list.length; i++) callback.call(thisArg, this.#list[i][1], this.#list[i][0], this);
    }
    *entries() {
      for (let i = 0; i < this.#list.length; i++) yield [this.#list[i][0], this.#list[i][1]];
    }
    *keys() {
      for (const [k] of this.entries()) yield k;
    }
    *values() {
      for (const [, v] of this.entries()) yield v;
    }
    [Symbol.iterator]() {
      return this.entries();
    }
    toString() {
      return this.#list.map(([k, v]) => formEncode(k) + "=" + formEncode(v)).join("&");
    }
  }
  Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: "URLSearchParams" });

  function invalid(input, base) {
    const msg = base === undefined ? `Invalid URL: '${input}'` : `Invalid URL: '${input}' with base '${base}'`;
    return new TypeError(msg);
  }

  class URL {
    #url;
    #params = null;
    constructor(input, base) {
      const text = toUSV(input);
      let baseRecord = null;
      if (base !== undefined) {
        baseRecord = parse(toUSV(base), null);
        if (baseRecord === null) throw invalid(text, toUSV(base));
      }
      const url = parse(text, baseRecord);
      if (url === null) throw invalid(text, base === undefined ? undefined : toUSV(base));
      this.#url = url;
    }
    // What console.log shows (see Toy.customInspect in 01_console.js).
    [Symbol.for("Toy.customInspect")]() {
      const { href, origin, protocol, username, password, host, hostname, port, pathname, hash, search } = this;
      return { href, origin, protocol, username, password, host, hostname, port, pathname, hash, search };
    }
    // The URL, or null where the constructor would throw.
    static parse(input, base) {
      try {
        return new URL(input, base);
      } catch {
        return null;
      }
    }
    static canParse(input, base) {
      try {
        new URL(input, base);
        return true;
      } catch {
        return false;
      }
    }
    // Called by searchParams when it changes.
    [attachParams](query) {
      this.#url.query = query === "" ? null : query;
    }
    #reparse(text) {
      const url = parse(text, null);
      if (url === null) return false;
      this.#url = url;
      if (this.#params !== null) URLSearchParams[attachParams](this.#params, this, url.query);
      return true;
    }
    get href() {
      return serialize(this.#url);
    }
    set href(value) {
      const text = toUSV(value);
      if (!this.#reparse(text)) throw invalid(text);
    }
    get origin() {
      const u = this.#url;
      if (u.scheme === "blob") {
        try {
          const inner = new URL(u.path);
          if (inner.protocol === "http:" || inner.protocol === "https:") return inner.origin;
        } catch {
          // an opaque origin
        }
        return "null";
      }
      if (!isSpecial(u.scheme) || u.scheme === "file") return "null";
      return `${u.scheme}://${u.host}${u.port !== null ? ":" + u.port : ""}`;
    }
    get protocol() {
      return this.#url.scheme + ":";
    }
    set protocol(value) {
      const scheme = /^([A-Za-z][A-Za-z0-9+\-.]*)/.exec(toUSV(value))?.[1]?.toLowerCase();
      const u = this.#url;
      if (scheme === undefined || isSpecial(scheme) !== isSpecial(u.scheme)) return;
      if (scheme === "file" && (u.username || u.password || u.port !== null)) return;
      if (u.scheme === "file" && u.host === "") return;
      u.scheme = scheme;
      if (u.port === SPECIAL[scheme]) u.port = null;
    }
    get username() {
      return this.#url.username;
    }
    set username(value) {
      const u = this.#url;
      if (u.host === null || u.host === "" || u.scheme === "file") return;
      u.username = percentEncode(toUSV(value), USERINFO);
    }
    get password() {
      return this.#url.password;
    }
    set password(value) {
      const u = this.#url;
      if (u.host === null || u.host === "" || u.scheme === "file") return;
      u.password = percentEncode(toUSV(value), USERINFO);
    }
    get host() {
      const u = this.#url;
      if (u.host === null) return "";
      return u.host + (u.port !== null ? ":" + u.port : "");
    }
    set host(value) {
      const u = this.#url;
      if (u.opaque) return;
      const m = /^(\[[^\]]*\]|[^:/\\?#]*)(?::([0-9]*))?/.exec(toUSV(value));
      const host = m[1] === "" ? null : parseHost(m[1], isSpecial(u.scheme));
      if (host === null) return;
      u.host = host;
      if (m[2] !== undefined && m[2] !== "" && Number(m[2]) <= 65535) {
        u.port = Number(m[2]) === SPECIAL[u.scheme] ? null : Number(m[2]);
      }
    }
    get hostname() {
      return this.#url.host ?? "";
    }
    set hostname(value) {
      const u = this.#url;
      if (u.opaque) return;
      const m = /^(\[[^\]]*\]|[^:/\\?#]*)/.exec(toUSV(value));
      const host = m[1] === "" ? null : parseHost(m[1], isSpecial(u.scheme));
      if (host !== null) u.host = host;
    }
    get port() {
      return this.#url.port === null ? "" : String(this.#url.port);
    }
    set port(value) {
      const u = this.#url;
      if (u.host === null || u.host === "" || u.scheme === "file") return;
      const text = toUSV(value);
      if (text === "") {
        u.port = null;
        return;
      }
      const digits = /^[0-9]+/.exec(text)?.[0];
      if (digits === undefined || Number(digits) > 65535) return;
      u.port = Number(digits) === SPECIAL[u.scheme] ? null : Number(digits);
    }
    get pathname() {
      return pathname(this.#url);
    }
    set pathname(value) {
      const u = this.#url;
      if (u.opaque) return;
      const special = isSpecial(u.scheme);
      let text = toUSV(value);
      if (!(text.startsWith("/") || (special && text.startsWith("\\")))) text = "/" + text;
      u.path = [];
      addPath(u.path, text.slice(1), special);
    }
    get search() {
      const q = this.#url.query;
      return q === null || q === "" ? "" : "?" + q;
    }
    set search(value) {
      let text = toUSV(value);
      if (text.startsWith("?")) text = text.slice(1);
      const u = this.#url;
      u.query = text === "" ? null : percentEncode(text, isSpecial(u.scheme) ? SPECIAL_QUERY : QUERY);
      if (this.#params !== null) URLSearchParams[attachParams](this.#params, this, u.query);
    }
    get searchParams() {
      if (this.#params === null) {
        this.#params = new URLSearchParams();
        URLSearchParams[attachParams](this.#params, this, this.#url.query);
      }
      return this.#params;
    }
    get hash() {
      const f = this.#url.fragment;
      return f === null || f === "" ? "" : "#" + f;
    }
    set hash(value) {
      let text = toUSV(value);
      if (text.startsWith("#")) text = text.slice(1);
      this.#url.fragment = text === "" ? null : percentEncode(text, FRAGMENT);
    }
    toString() {
      return this.href;
    }
    toJSON() {
      return this.href;
    }
  }
  Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: "URL" });

  globalThis.URL = URL;
  globalThis.URLSearchParams = URLSearchParams;
})();
