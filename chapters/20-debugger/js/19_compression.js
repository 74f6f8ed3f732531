// 19_compression.js: CompressionStream and DecompressionStream (the
// Compression standard) on the zlib ops of op_compress.c, and
// TextEncoderStream and TextDecoderStream (the Encoding standard). Each
// is a TransformStream inside, shown through its `readable` and
// `writable`, as the standards' GenericTransformStream says.
"use strict";
((core) => {
  const { op_compression_new, op_compression_write, op_compression_finish, op_close } = core.ops;
  const streams = core.streams;

  // The standards take a BufferSource: an ArrayBuffer, or a view of one
  // (a typed array or a DataView). The getters are taken now, while the
  // runtime starts, so a script that replaces them later changes nothing
  // here; a detached buffer holds no bytes.
  const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
  const TypedArray = Object.getPrototypeOf(Uint8Array);
  const arrayBufferLength = getter(ArrayBuffer.prototype, "byteLength");
  const typedArrayBuffer = getter(TypedArray.prototype, "buffer");
  const typedArrayOffset = getter(TypedArray.prototype, "byteOffset");
  const typedArrayLength = getter(TypedArray.prototype, "byteLength");
  const dataViewBuffer = getter(DataView.prototype, "buffer");
  const dataViewOffset = getter(DataView.prototype, "byteOffset");
  const dataViewLength = getter(DataView.prototype, "byteLength");
  const call = (fn, self) => Reflect.apply(fn, self, []);
  const EMPTY = new Uint8Array(0);
  // SharedArrayBuffer's, when first needed: V8 adds that global only
  // after the startup snapshot is made.
  let sharedBufferLength;

  // Whether value is of the kind a getter's brand check accepts.
  function is(value, brandGetter) {
    try {
      call(brandGetter, value);
      return true;
    } catch {
      return false;
    }
  }

  // A Uint8Array over the bytes of chunk, a BufferSource (or, when
  // allowShared, one over a SharedArrayBuffer too); anything else is a
  // TypeError that names who refused it.
  function bytesOf(chunk, who, allowShared) {
    let buffer = chunk, offset = 0, length;
    if (ArrayBuffer.isView(chunk)) {
      const typed = is(chunk, typedArrayBuffer);
      try {
        buffer = call(typed ? typedArrayBuffer : dataViewBuffer, chunk);
        offset = call(typed ? typedArrayOffset : dataViewOffset, chunk);
        length = call(typed ? typedArrayLength : dataViewLength, chunk);
      } catch {
        return EMPTY;                 // a DataView of a detached buffer
      }
    }
    sharedBufferLength ??= getter(globalThis.SharedArrayBuffer.prototype, "byteLength");
    if (is(buffer, arrayBufferLength)) {
      length ??= call(arrayBufferLength, buffer);
    } else if (is(buffer, sharedBufferLength)) {
      if (!allowShared) throw new TypeError(`${who}: a chunk may not be a SharedArrayBuffer or a view of one`);
      length ??= call(sharedBufferLength, buffer);
    } else {
      throw new TypeError(`${who}: a chunk must be an ArrayBuffer or an ArrayBufferView`);
    }
    return length === 0 ? EMPTY : new Uint8Array(buffer, offset, length);
  }

  // Whether the transform should make its next piece of output: it waits
  // while the readable side has all it wants queued, so a small input
  // that inflates to gigabytes is made one piece at a time, as fast as
  // it is read. An abort of the writable side ends the wait with false:
  // the abort waits for the write in flight, which the waiting transform
  // is, so it must be told at once, by the writable controller's signal.
  async function pieceWanted(stream) {
    const signal = streams.writableStreamController(stream.writable).signal;
    while (streams.transformBackpressure(stream) && !signal.aborted) {
      await new Promise((resolve) => {
        signal.addEventListener("abort", resolve, { once: true });
        streams.transformBackpressureChange(stream).then(() => {
          signal.removeEventListener("abort", resolve);
          resolve();
        });
      });
    }
    return !signal.aborted;
  }

  // A TransformStream of CompressionStream or DecompressionStream, made
  // with the standard's "set up" (core.streams.createTransformStream):
  // the algorithms are functions of this file, not a transformer object
  // a script could see. The zlib stream is a resource, so one that is
  // finished, failed or cancelled is seen gone from Toy.resources(); the
  // object the algorithms hold closes it too when the collector frees it.
  function zlibTransform(format, inflate, who) {
    const zlib = { rid: op_compression_new(format, inflate) };
    core.closeOnCollect(zlib, zlib.rid);
    const close = () => {
      if (zlib.rid !== null) op_close(zlib.rid);
      zlib.rid = null;
    };
    // A chunk: its output, one piece a call, until the op gives an empty
    // one. The next piece is made before waiting, and the transform
    // waits only when there is one: a chunk whose output is all given
    // is done at once, whether or not anyone reads it yet, so its
    // write() settles. A cancel or an abort meanwhile ends it (the
    // cancel algorithm, close, closes the zlib stream); an error closes
    // the zlib stream and errors the stream.
    const transform = async (chunk, controller) => {
      try {
        let piece = op_compression_write(zlib.rid, bytesOf(chunk, who, false));
        while (piece.length > 0) {
          streams.transformStreamDefaultControllerEnqueue(controller, piece);
          piece = op_compression_write(zlib.rid, EMPTY);
          if (piece.length === 0) break;
          if (!(await pieceWanted(stream)) || zlib.rid === null) return;
        }
      } catch (error) {
        close();
        throw error;
      }
    };
    // The end: what zlib still holds is bounded by its own buffers (a
    // few pieces at most), so it is enqueued without waiting; a flush
    // that waited would hold up a cancel, which waits for a flush that
    // has begun.
    const flush = (controller) => {
      try {
        for (let piece = op_compression_finish(zlib.rid); piece.length > 0;
             piece = op_compression_finish(zlib.rid)) {
          streams.transformStreamDefaultControllerEnqueue(controller, piece);
        }
      } finally {
        close();
      }
    };
    const stream = streams.createTransformStream(transform, flush, close);
    return stream;
  }

  const formats = ["deflate", "deflate-raw", "gzip"];

  // The format argument, as WebIDL converts an enum: to a string, which
  // must be one of the formats, or a TypeError.
  function formatOf(args, who) {
    if (args.length === 0) throw new TypeError(`${who}: 1 argument required, but only 0 present`);
    const format = `${args[0]}`;         // ToString: a symbol is a TypeError
    if (!formats.includes(format)) {
      throw new TypeError(`${who}: '${format}' is not a valid value of CompressionFormat ` +
        `("deflate", "deflate-raw" or "gzip")`);
    }
    return format;
  }

  // Each class keeps its TransformStream in a private field: reading it
  // from an object the class did not make is V8's TypeError, which is the
  // brand check the getters need.
  class CompressionStream {
    #transform;
    constructor(format) {
      format = formatOf(arguments, "Failed to construct 'CompressionStream'");
      this.#transform = zlibTransform(format, false, "CompressionStream");
    }
    get readable() {
      return this.#transform.readable;
    }
    get writable() {
      return this.#transform.writable;
    }
  }

  class DecompressionStream {
    #transform;
    constructor(format) {
      format = formatOf(arguments, "Failed to construct 'DecompressionStream'");
      this.#transform = zlibTransform(format, true, "DecompressionStream");
    }
    get readable() {
      return this.#transform.readable;
    }
    get writable() {
      return this.#transform.writable;
    }
  }

  // TextEncoderStream: strings in, UTF-8 out. A surrogate pair may be cut
  // between two chunks: a high surrogate at the end of a chunk waits for
  // the next one, and one still waiting at the end becomes U+FFFD, as the
  // Encoding standard's "convert code unit to scalar value" says.
  const encoder = new TextEncoder();

  class TextEncoderStream {
    #transform;
    constructor() {
      let high = "";                       // a high surrogate from the last chunk
      this.#transform = streams.createTransformStream(
        (chunk, controller) => {
          let text = high + `${chunk}`;     // ToString: a symbol is a TypeError
          high = "";
          const last = text.charCodeAt(text.length - 1);
          if (last >= 0xd800 && last <= 0xdbff) {
            high = text[text.length - 1];
            text = text.slice(0, -1);
          }
          if (text.length > 0) streams.transformStreamDefaultControllerEnqueue(controller, encoder.encode(text));
        },
        (controller) => {
          if (high !== "") streams.transformStreamDefaultControllerEnqueue(controller, new Uint8Array([0xef, 0xbf, 0xbd]));
        });
    }
    get encoding() {
      void this.#transform;                // the brand check
      return "utf-8";
    }
    get readable() {
      return this.#transform.readable;
    }
    get writable() {
      return this.#transform.writable;
    }
  }

  // TextDecoderStream: bytes in, strings out, through a TextDecoder in
  // streaming mode, which keeps a sequence cut between chunks until its
  // last byte comes. At the end, a sequence still unfinished is U+FFFD,
  // or with fatal a TypeError that errors the stream.
  class TextDecoderStream {
    #transform;
    #decoder;
    constructor(label = "utf-8", options = {}) {
      const decoder = new TextDecoder(label, options);
      const enqueue = (controller, text) => {
        if (text !== "") streams.transformStreamDefaultControllerEnqueue(controller, text);
      };
      this.#decoder = decoder;
      this.#transform = streams.createTransformStream(
        (chunk, controller) =>
          enqueue(controller, decoder.decode(bytesOf(chunk, "TextDecoderStream", true), { stream: true })),
        (controller) => enqueue(controller, decoder.decode()));
    }
    get encoding() {
      return this.#decoder.encoding;
    }
    get fatal() {
      return this.#decoder.fatal;
    }
    get ignoreBOM() {
      return this.#decoder.ignoreBOM;
    }
    get readable() {
      return this.#transform.readable;
    }
    get writable() {
      return this.#transform.writable;
    }
  }

  // As WebIDL has them: the getters enumerable, the class's name as its
  // toStringTag, and the class a global that is not enumerable. What
  // console.log shows is the getters' values (Toy.customInspect).
  for (const cls of [CompressionStream, DecompressionStream, TextEncoderStream, TextDecoderStream]) {
    const getters = Object.getOwnPropertyNames(cls.prototype).filter((key) => key !== "constructor");
    for (const key of getters) Object.defineProperty(cls.prototype, key, { enumerable: true });
    Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: cls.name, configurable: true });
    Object.defineProperty(cls.prototype, Symbol.for("Toy.customInspect"), {
      value() {
        return Object.fromEntries(getters.map((key) => [key, this[key]]));
      },
      writable: true, configurable: true,
    });
    Object.defineProperty(globalThis, cls.name, {
      value: cls, writable: true, enumerable: false, configurable: true,
    });
  }
})(globalThis.Toy.core);
