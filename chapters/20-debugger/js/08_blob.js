// 08_blob.js: Blob and File, the File API's immutable bytes. A Blob's
// bytes are copied once, when it is made, into memory of the runtime's
// own (an ArrayBuffer); a slice shares them. The objects are V8 host
// objects made in globals.cc, so that structuredClone and postMessage
// can copy a Blob (globals.cc's WriteBlob and ReadBlob).
"use strict";
((core) => {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  // WebIDL's conversions, as the File API's constructors need them. A
  // USVString has no lone surrogates: each becomes U+FFFD.
  const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
  function toUSVString(value) {
    return String(value).replace(LONE_SURROGATE, "\ufffd");
  }
  core.toUSVString = toUSVString;

  // A long long: a number, whole, 0 for NaN and the infinities.
  function toLongLong(value) {
    const n = Number(value);
    if (!Number.isFinite(n)) return 0;
    return Math.trunc(n);
  }

  // A blob's type is kept only if it is printable ASCII, and lowercased:
  // it is compared with others, and goes into a Content-Type header.
  function normalizeType(type) {
    return /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : "";
  }

  // A dictionary (BlobPropertyBag, FilePropertyBag) is undefined, null or
  // an object; its members are read in the order of their names.
  function dictionary(options, what) {
    if (options === undefined || options === null) return {};
    if (typeof options !== "object" && typeof options !== "function") {
      throw new TypeError(`Failed to construct '${what}': Argument ${what === "File" ? 3 : 2} can not be converted to a dictionary`);
    }
    return options;
  }

  function endingsOf(options, what) {
    const endings = options.endings;
    if (endings === undefined) return "transparent";
    const value = String(endings);
    if (value !== "transparent" && value !== "native") {
      throw new TypeError(`Failed to construct '${what}': The provided value '${value}' is not a valid enum value of type EndingType`);
    }
    return value;
  }

  // The parts, in two steps, since the standard converts the parts
  // before it reads the options: first each part is taken (a Blob's
  // bytes, a copy of a buffer's or a view's, so later writes change
  // nothing, a string), then, with the options known, joined in one
  // array. A string is UTF-8; with endings "native", each CR LF or lone
  // CR in it first becomes LF, the line ending of the systems toyjs runs on.
  function takeParts(parts, what) {
    if (parts === undefined) return [];
    const iterate = parts === null || (typeof parts !== "object" && typeof parts !== "function")
      ? undefined : parts[Symbol.iterator];   // read once: a getter may count
    if (typeof iterate !== "function") {
      throw new TypeError(`Failed to construct '${what}': Argument 1 can not be converted to sequence.`);
    }
    const taken = [];
    for (const part of { [Symbol.iterator]: () => iterate.call(parts) }) {
      const state = core.blobState(part);
      if (state !== undefined) taken.push(state.bytes);
      else if (part instanceof ArrayBuffer) taken.push(new Uint8Array(part.slice(0)));
      else if (ArrayBuffer.isView(part)) {
        taken.push(new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength)));
      } else taken.push(`${part}`);   // ToString: a Symbol throws
    }
    return taken;
  }

  function joinParts(taken, endings) {
    const chunks = taken.map((part) => {
      if (typeof part !== "string") return part;
      return encoder.encode(endings === "native" ? part.replace(/\r\n?/g, "\n") : part);
    });
    return joinBytes(chunks);
  }

  // Byte arrays joined into one new Uint8Array (also for multipart
  // bodies, 14_form_data.js, and body streams, 12_http.js).
  function joinBytes(chunks) {
    let total = 0;
    for (const chunk of chunks) total += chunk.length;
    const out = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
  core.joinBytes = joinBytes;

  // A Blob is a host object (core.newBlob, in globals.cc): what it holds
  // lives in a record only the runtime sees, { bytes, type } (and a
  // File's name and lastModified), which core.blobState finds, or gives
  // undefined for anything that is not a Blob. The bytes never change:
  // every reader gets a copy, and a slice is a view of the same memory.
  function stateOf(blob) {
    const state = core.blobState(blob);
    if (state === undefined) throw new TypeError("Illegal invocation");
    return state;
  }

  class Blob {
    constructor(blobParts = undefined, options = undefined) {
      const taken = takeParts(blobParts, "Blob");
      options = dictionary(options, "Blob");
      const endings = endingsOf(options, "Blob");
      const type = options.type === undefined ? "" : normalizeType(String(options.type));
      const state = { __proto__: null, bytes: joinParts(taken, endings), type };
      return core.newBlob(state, new.target.prototype);
    }
    get size() {
      return stateOf(this).bytes.length;
    }
    get type() {
      return stateOf(this).type;
    }
    // Negative indexes count from the end; the result is always a Blob
    // (never a File), of the type given, or "".
    slice(start = undefined, end = undefined, contentType = undefined) {
      const { bytes } = stateOf(this);
      const size = bytes.length;
      const clamp = (value, fallback) => {
        if (value === undefined) return fallback;
        const n = toLongLong(value);
        return n < 0 ? Math.max(size + n, 0) : Math.min(n, size);
      };
      const from = clamp(start, 0);
      const to = clamp(end, size);
      const type = contentType === undefined ? "" : normalizeType(String(contentType));
      const state = { __proto__: null, bytes: bytes.subarray(from, Math.max(from, to)), type };
      return core.newBlob(state, Blob.prototype);
    }
    async text() {
      return decoder.decode(stateOf(this).bytes);
    }
    async arrayBuffer() {
      const { bytes } = stateOf(this);
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
    }
    async bytes() {
      return stateOf(this).bytes.slice();
    }
    // The bytes as a byte stream, in chunks of 64 KiB at most, each a
    // copy: a reader may keep or change what it is given.
    stream() {
      const { bytes } = stateOf(this);
      let at = 0;
      return new globalThis.ReadableStream({
        type: "bytes",
        pull(controller) {
          if (at >= bytes.length) {
            controller.close();
            controller.byobRequest?.respond(0);
            return;
          }
          const chunk = bytes.slice(at, Math.min(at + 65536, bytes.length));
          at += chunk.length;
          controller.enqueue(chunk);
        },
      });
    }
    [Symbol.for("Toy.customInspect")]() {
      const { size, type } = this;
      return { size, type };
    }
  }
  Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: "Blob", configurable: true });

  // A File is a Blob with a name and a time (ms since the epoch, now by
  // default). The record gains both, so structuredClone keeps them.
  class File extends Blob {
    constructor(fileBits, fileName, options = undefined) {
      if (arguments.length < 2) {
        throw new TypeError(`Failed to construct 'File': 2 arguments required, but only ${arguments.length} present`);
      }
      const taken = takeParts(fileBits, "File");
      const name = toUSVString(fileName);
      options = dictionary(options, "File");
      const endings = endingsOf(options, "File");
      const lastModified = options.lastModified === undefined ? Date.now() : toLongLong(options.lastModified);
      const type = options.type === undefined ? "" : normalizeType(String(options.type));
      super();
      const state = stateOf(this);
      state.bytes = joinParts(taken, endings);
      state.type = type;
      state.name = name;
      state.lastModified = lastModified;
    }
    get name() {
      const state = stateOf(this);
      if (state.name === undefined) throw new TypeError("Illegal invocation");
      return state.name;
    }
    get lastModified() {
      const state = stateOf(this);
      if (state.name === undefined) throw new TypeError("Illegal invocation");
      return state.lastModified;
    }
    get webkitRelativePath() {
      return "";
    }
    [Symbol.for("Toy.customInspect")]() {
      const { name, size, type, lastModified } = this;
      return { name, size, type, lastModified };
    }
  }
  Object.defineProperty(File.prototype, Symbol.toStringTag, { value: "File", configurable: true });

  // The prototypes a Blob or File read back by structuredClone gets.
  core.setBlobPrototypes(Blob.prototype, File.prototype);
  globalThis.Blob = Blob;
  globalThis.File = File;
})(globalThis.Toy.core);
