//@ 17-streams
// 19_compression.js: CompressionStream and DecompressionStream (the
// Compression standard) on the zlib ops of op_compress.c, and
// TextEncoderStream and TextDecoderStream (the Encoding standard). Each
// is a TransformStream inside, shown through its `readable` and
// `writable`, as the standards' GenericTransformStream says.
"use strict";
((core) => {
  const { op_compression_new, op_compression_write, op_compression_finish, op_close } = core.ops;

//> 17-streams buffer-source
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
//< 17-streams buffer-source

//> 17-streams generic-transform
  // What the four classes share: a TransformStream made of the
  // algorithms given, and the brand check of `readable` and `writable`
  // (transformOf), which only objects this class built pass.
  let transformOf;
  class GenericTransformStream {
    #transform;
    constructor(transformer) {
      this.#transform = new TransformStream(transformer);
    }
    static {
      transformOf = (self, who) => {
        if (self === null || typeof self !== "object" || !(#transform in self)) {
          throw new TypeError(`${who}: illegal invocation`);
        }
        return self.#transform;
      };
    }
  }
//< 17-streams generic-transform

//> 17-streams zlib-transformer
  // Between two pieces of output, the transform waits while the readable
  // side has as much queued as it wants, so a small input that inflates
  // to gigabytes is made one piece at a time, as fast as it is read.
  // core.streams.transformBackpressure (18_streams.js) says when it may
  // go on; without it, pieces are not held back.
  function readableWants(controller) {
    return core.streams?.transformBackpressure?.(controller);
  }

  // The transformer behind CompressionStream and DecompressionStream. The
  // zlib stream is a resource, so a stream that is finished, failed or
  // cancelled is seen gone from Toy.resources(); the object the
  // algorithms hold closes it too when the collector frees it.
  function zlibTransformer(format, inflate, who) {
    const zlib = { rid: op_compression_new(format, inflate) };
    core.closeOnCollect(zlib, zlib.rid);
    const close = () => {
      if (zlib.rid !== null) op_close(zlib.rid);
      zlib.rid = null;
    };
    // Enqueues every piece next() gives, one piece per call, until an
    // empty one; an error closes the zlib stream and errors the stream.
    const pump = async (controller, next) => {
      try {
        for (let piece = next(); piece.length > 0; piece = next()) {
          controller.enqueue(piece);
          await readableWants(controller);
          if (zlib.rid === null) return;      // cancelled meanwhile
        }
      } catch (error) {
        close();
        throw error;
      }
    };
    return {
      transform(chunk, controller) {
        let first = true;
        return pump(controller, () => {
          const bytes = first ? bytesOf(chunk, who, false) : EMPTY;
          first = false;
          return op_compression_write(zlib.rid, bytes);
        });
      },
      async flush(controller) {
        await pump(controller, () => op_compression_finish(zlib.rid));
        close();
      },
      cancel() {
        close();
      },
    };
  }
//< 17-streams zlib-transformer

//> 17-streams compression-classes
  const formats = ["deflate", "deflate-raw", "gzip"];

  // The format argument, as WebIDL converts an enum: a string, one of
  // the formats, or a TypeError.
  function formatOf(args, who) {
    if (args.length === 0) throw new TypeError(`${who}: 1 argument required, but only 0 present`);
    const format = String(args[0]);
    if (!formats.includes(format)) {
      throw new TypeError(`${who}: '${format}' is not a valid value of CompressionFormat ` +
        `("deflate", "deflate-raw" or "gzip")`);
    }
    return format;
  }

  class CompressionStream extends GenericTransformStream {
    constructor(...args) {
      const who = "Failed to construct 'CompressionStream'";
      super(zlibTransformer(formatOf(args, who), false, "CompressionStream"));
    }
    get readable() {
      return transformOf(this, "CompressionStream.readable").readable;
    }
    get writable() {
      return transformOf(this, "CompressionStream.writable").writable;
    }
  }

  class DecompressionStream extends GenericTransformStream {
    constructor(...args) {
      const who = "Failed to construct 'DecompressionStream'";
      super(zlibTransformer(formatOf(args, who), true, "DecompressionStream"));
    }
    get readable() {
      return transformOf(this, "DecompressionStream.readable").readable;
    }
    get writable() {
      return transformOf(this, "DecompressionStream.writable").writable;
    }
  }
//< 17-streams compression-classes

//> 17-streams text-encoder-stream
  // TextEncoderStream: strings in, UTF-8 out. A surrogate pair may be cut
  // between two chunks: a high surrogate at the end of a chunk waits for
  // the next one, and one still waiting at the end becomes U+FFFD, as the
  // Encoding standard's "convert code unit to scalar value" says.
  const encoder = new TextEncoder();

  class TextEncoderStream extends GenericTransformStream {
    constructor() {
      let high = "";                       // a high surrogate from the last chunk
      super({
        transform(chunk, controller) {
          let text = high + String(chunk);
          high = "";
          const last = text.charCodeAt(text.length - 1);
          if (last >= 0xd800 && last <= 0xdbff) {
            high = text[text.length - 1];
            text = text.slice(0, -1);
          }
          if (text.length > 0) controller.enqueue(encoder.encode(text));
        },
        flush(controller) {
          if (high !== "") controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
        },
      });
    }
    get encoding() {
      transformOf(this, "TextEncoderStream.encoding");
      return "utf-8";
    }
    get readable() {
      return transformOf(this, "TextEncoderStream.readable").readable;
    }
    get writable() {
      return transformOf(this, "TextEncoderStream.writable").writable;
    }
  }
//< 17-streams text-encoder-stream

//> 17-streams text-decoder-stream
  // TextDecoderStream: bytes in, strings out, through a TextDecoder in
  // streaming mode, which keeps a sequence cut between chunks until its
  // last byte comes. At the end, a sequence still unfinished is U+FFFD,
  // or with fatal a TypeError that errors the stream.
  class TextDecoderStream extends GenericTransformStream {
    #decoder;
    constructor(label = "utf-8", options = {}) {
      const decoder = new TextDecoder(label, options);
      super({
        transform(chunk, controller) {
          const text = decoder.decode(bytesOf(chunk, "TextDecoderStream", true), { stream: true });
          if (text !== "") controller.enqueue(text);
        },
        flush(controller) {
          const text = decoder.decode();
          if (text !== "") controller.enqueue(text);
        },
      });
      this.#decoder = decoder;
    }
    get encoding() {
      transformOf(this, "TextDecoderStream.encoding");
      return this.#decoder.encoding;
    }
    get fatal() {
      transformOf(this, "TextDecoderStream.fatal");
      return this.#decoder.fatal;
    }
    get ignoreBOM() {
      transformOf(this, "TextDecoderStream.ignoreBOM");
      return this.#decoder.ignoreBOM;
    }
    get readable() {
      return transformOf(this, "TextDecoderStream.readable").readable;
    }
    get writable() {
      return transformOf(this, "TextDecoderStream.writable").writable;
    }
  }
//< 17-streams text-decoder-stream

//> 17-streams compression-globals
  for (const cls of [CompressionStream, DecompressionStream, TextEncoderStream, TextDecoderStream]) {
    Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: cls.name, configurable: true });
    Object.defineProperty(globalThis, cls.name, {
      value: cls, writable: true, enumerable: false, configurable: true,
    });
  }
//< 17-streams compression-globals
})(globalThis.Toy.core);
