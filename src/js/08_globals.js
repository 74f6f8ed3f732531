//@ 10-globals
// 08_globals.js: the web platform's small globals (TextEncoder and
// TextDecoder, atob and btoa, structuredClone, performance, self) and the
// process-wide parts of Toy (args, exit, pid, version, build, execPath,
// noColor). Nothing here calls an op while the runtime boots: what belongs
// to the process is asked for when it is first read, so a snapshot never
// carries another process's pid or arguments.
"use strict";
((core) => {
  const ops = core.ops;

//> 10-globals dom-exception
  // DOMException, enough of it for the errors the web APIs here throw:
  // an Error whose name says what went wrong (InvalidCharacterError,
  // DataCloneError).
  // The numbers older code compares code with, for the names that have one.
  const LEGACY_CODES = {
    IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4,
    InvalidCharacterError: 5, NoModificationAllowedError: 7, NotFoundError: 8,
    NotSupportedError: 9, InvalidStateError: 11, SyntaxError: 12,
    InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
    TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20,
    URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23,
    InvalidNodeTypeError: 24, DataCloneError: 25,
  };
  class DOMException extends Error {
    #name;
    constructor(message = "", name = "Error") {
      super(message);
      this.#name = String(name);
    }
    get name() {
      return this.#name;
    }
    get code() {
      return LEGACY_CODES[this.#name] ?? 0;
    }
  }
  Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: "DOMException" });
  globalThis.DOMException = DOMException;
//< 10-globals dom-exception

//> 10-globals text-encoder
  // UTF-8 out: each code point as 1 to 4 bytes; a lone surrogate becomes
  // U+FFFD, as the Encoding standard says.
  function utf8Length(str) {
    let n = 0;
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length &&
               (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n += 4; i++; }
      else n += 3;
    }
    return n;
  }

  // Writes str into bytes; returns { read, written }, stopping before a
  // character that would not fit whole.
  function encodeInto(str, bytes) {
    let read = 0;
    let written = 0;
    const len = bytes.length;
    while (read < str.length) {
      let cp = str.charCodeAt(read);
      let units = 1;
      if (cp >= 0xd800 && cp <= 0xdfff) {
        const next = read + 1 < str.length ? str.charCodeAt(read + 1) : 0;
        if (cp <= 0xdbff && (next & 0xfc00) === 0xdc00) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
          units = 2;
        } else {
          cp = 0xfffd;
        }
      }
      const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (written + size > len) break;
      if (size === 1) {
        bytes[written++] = cp;
      } else if (size === 2) {
        bytes[written++] = 0xc0 | (cp >> 6);
        bytes[written++] = 0x80 | (cp & 0x3f);
      } else if (size === 3) {
        bytes[written++] = 0xe0 | (cp >> 12);
        bytes[written++] = 0x80 | ((cp >> 6) & 0x3f);
        bytes[written++] = 0x80 | (cp & 0x3f);
      } else {
        bytes[written++] = 0xf0 | (cp >> 18);
        bytes[written++] = 0x80 | ((cp >> 12) & 0x3f);
        bytes[written++] = 0x80 | ((cp >> 6) & 0x3f);
        bytes[written++] = 0x80 | (cp & 0x3f);
      }
      read += units;
    }
    return { read, written };
  }

  class TextEncoder {
    get encoding() {
      return "utf-8";
    }
    encode(input = "") {
      const str = String(input);
      const bytes = new Uint8Array(utf8Length(str));
      encodeInto(str, bytes);
      return bytes;
    }
    encodeInto(source, destination) {
      if (!(destination instanceof Uint8Array)) {
        throw new TypeError("TextEncoder.encodeInto: argument 2 must be a Uint8Array");
      }
      return encodeInto(String(source), destination);
    }
  }
//< 10-globals text-encoder

//> 10-globals text-decoder
  // UTF-8 in, by the Encoding standard's decoder: a byte at a time, an
  // ill-formed sequence becomes one U+FFFD (or, with fatal, a TypeError),
  // and with { stream: true } an unfinished sequence waits for the next
  // call.
  const utf8Labels = ["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8",
    "x-unicode20utf8"];

  function bytesOf(input) {
    if (input === undefined) return new Uint8Array(0);
    if (input instanceof ArrayBuffer) return new Uint8Array(input);
    if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    throw new TypeError("TextDecoder.decode: argument 1 must be an ArrayBuffer or an ArrayBufferView");
  }

  class TextDecoder {
    #fatal;
    #ignoreBOM;
    #pending = [];      // bytes of an unfinished sequence, from the last call
    #bomSeen = false;   // the start of the stream is behind us
    constructor(label = "utf-8", options = {}) {
      const name = String(label).trim().toLowerCase();
      if (!utf8Labels.includes(name)) {
        throw new RangeError(`The encoding label provided ('${label}') is invalid.`);
      }
      this.#fatal = Boolean(options?.fatal);
      this.#ignoreBOM = Boolean(options?.ignoreBOM);
    }
    get encoding() {
      return "utf-8";
    }
    get fatal() {
      return this.#fatal;
    }
    get ignoreBOM() {
      return this.#ignoreBOM;
    }
    decode(input, options = {}) {
      const stream = Boolean(options?.stream);
      let bytes = bytesOf(input);
      if (this.#pending.length > 0) {
        const joined = new Uint8Array(this.#pending.length + bytes.length);
        joined.set(this.#pending);
        joined.set(bytes, this.#pending.length);
        bytes = joined;
        this.#pending = [];
      }
      let out = "";
      let chunk = [];
      let needed = 0, seen = 0, cp = 0, lower = 0x80, upper = 0xbf, start = 0;
      const fail = () => {
        if (this.#fatal) {
          this.#pending = [];
          this.#bomSeen = false;
          throw new TypeError("The encoded data is not valid.");
        }
        chunk.push(0xfffd);
      };
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        if (needed === 0) {
          start = i;
          if (b <= 0x7f) chunk.push(b);
          else if (b >= 0xc2 && b <= 0xdf) { needed = 1; cp = b & 0x1f; }
          else if (b >= 0xe0 && b <= 0xef) {
            if (b === 0xe0) lower = 0xa0;
            if (b === 0xed) upper = 0x9f;
            needed = 2;
            cp = b & 0xf;
          } else if (b >= 0xf0 && b <= 0xf4) {
            if (b === 0xf0) lower = 0x90;
            if (b === 0xf4) upper = 0x8f;
            needed = 3;
            cp = b & 0x7;
          } else fail();
        } else if (b < lower || b > upper) {
          needed = seen = cp = 0;
          lower = 0x80;
          upper = 0xbf;
          fail();
          i--;  // the byte starts over as the first of a new sequence
        } else {
          lower = 0x80;
          upper = 0xbf;
          cp = (cp << 6) | (b & 0x3f);
          if (++seen === needed) {
            chunk.push(cp);
            needed = seen = cp = 0;
          }
        }
        if (chunk.length >= 8192) {
          out += String.fromCodePoint(...chunk);
          chunk = [];
        }
      }
      if (needed !== 0) {
        if (stream) this.#pending = Array.from(bytes.subarray(start));
        else fail();
      }
      out += String.fromCodePoint(...chunk);
      if (!this.#bomSeen && out.length > 0) {
        if (!this.#ignoreBOM && out.charCodeAt(0) === 0xfeff) out = out.slice(1);
        this.#bomSeen = true;
      }
      if (!stream) {
        this.#bomSeen = false;
        this.#pending = [];
      }
      return out;
    }
  }

  globalThis.TextEncoder = TextEncoder;
  globalThis.TextDecoder = TextDecoder;
//< 10-globals text-decoder

//> 10-globals base64
  // btoa and atob: Latin-1 strings to base64 and back (HTML's forgiving
  // base64: ASCII whitespace is skipped, padding may be left out).
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const values = new Map([...alphabet].map((c, i) => [c, i]));

  globalThis.btoa = function btoa(data) {
    if (arguments.length === 0) throw new TypeError("btoa: 1 argument required, but only 0 present");
    const str = String(data);
    let out = "";
    for (let i = 0; i < str.length; i += 3) {
      const bytes = [str.charCodeAt(i), str.charCodeAt(i + 1), str.charCodeAt(i + 2)];
      for (let k = 0; k < 3 && i + k < str.length; k++) {
        if (bytes[k] > 0xff) {
          throw new DOMException("The string to be encoded contains characters outside of the Latin1 range.",
            "InvalidCharacterError");
        }
      }
      const n = (bytes[0] << 16) | ((bytes[1] || 0) << 8) | (bytes[2] || 0);
      out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] +
        (i + 1 < str.length ? alphabet[(n >> 6) & 63] : "=") +
        (i + 2 < str.length ? alphabet[n & 63] : "=");
    }
    return out;
  };

  globalThis.atob = function atob(data) {
    if (arguments.length === 0) throw new TypeError("atob: 1 argument required, but only 0 present");
    let str = String(data).replace(/[\t\n\f\r ]/g, "");
    if (str.length % 4 === 0) str = str.replace(/==?$/, "");
    if (str.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(str)) {
      throw new DOMException("Failed to decode base64", "InvalidCharacterError");
    }
    let out = "";
    let buffer = 0, bits = 0;
    for (const c of str) {
      buffer = (buffer << 6) | values.get(c);
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out += String.fromCharCode((buffer >> bits) & 0xff);
      }
    }
    return out;
  };
//< 10-globals base64

//> 10-globals structured-clone-js
  // structuredClone(value): V8's serializer does the copying (globals.cc);
  // what it cannot copy is a DataCloneError, as in browsers.
  globalThis.structuredClone = function structuredClone(value, options) {
    if (arguments.length === 0) throw new TypeError("structuredClone: 1 argument required, but only 0 present");
    if (options?.transfer?.length) {
      throw new DOMException("structuredClone: transfer is not supported", "DataCloneError");
    }
    try {
      return core.structuredClone(value);
    } catch (err) {
      if (err instanceof Error && err.constructor === Error) throw new DOMException(err.message, "DataCloneError");
      throw err;
    }
  };
//< 10-globals structured-clone-js

//> 10-globals performance
  // performance.now(): milliseconds since the runtime started, from a
  // monotonic clock; timeOrigin: when that was, in ms since the epoch.
  let timeOrigin;
  globalThis.performance = {
    now() {
      return ops.op_time_now();
    },
    get timeOrigin() {
      timeOrigin ??= ops.op_time_origin();
      return timeOrigin;
    },
    toJSON() {
      return { timeOrigin: this.timeOrigin };
    },
  };
  globalThis.self = globalThis;
//< 10-globals performance

//> 10-globals toy-process
  // Toy's process-wide values. Each is read from C the first time it is
  // asked for and kept; args is frozen so that it is the same for every
  // reader.
  function lazy(name, get) {
    let value;
    let done = false;
    Object.defineProperty(globalThis.Toy, name, {
      get() {
        if (!done) {
          value = get();
          done = true;
        }
        return value;
      },
      enumerable: true,
      configurable: true,
    });
  }
  lazy("args", () => Object.freeze(ops.op_os_args()));
  lazy("version", () => Object.freeze(ops.op_os_version()));
  lazy("build", () => Object.freeze(ops.op_os_build()));
  // These two are asked every time: an app snapshot (--build-snapshot)
  // may have read them in the process that made it.
  Object.defineProperty(globalThis.Toy, "pid", {
    get: () => ops.op_os_pid(),
    enumerable: true,
    configurable: true,
  });
  Object.defineProperty(globalThis.Toy, "noColor", {
    get: () => ops.op_console_no_color(),
    enumerable: true,
    configurable: true,
  });
  globalThis.Toy.execPath = function execPath() {
    return ops.op_os_exec_path();
  };

  // Toy.exit(code): ends the program at once with that exit code (0 by
  // default): no more JS runs, timers and pending ops are dropped.
  globalThis.Toy.exit = function exit(code = 0) {
    code = Number(code);
    if (!Number.isInteger(code)) throw new TypeError("Toy.exit: the code must be an integer");
    core.exit(code);
  };
//< 10-globals toy-process
})(globalThis.Toy.core);
