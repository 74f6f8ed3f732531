// 20_pipes.js: the runtime's resources as the streams of 18_streams.js.
// A resource that reads (a file, a socket, a child's stdout) becomes a
// byte ReadableStream; one that writes becomes a WritableStream. Both are
// built here once, over any read or write function, and FsFile, Conn, the
// standard streams and ChildProcess use them through core.pipes (later
// runtime files may too).
"use strict";
((core) => {
  const { ReadableStream, WritableStream, ArrayBuffer, Uint8Array, TypeError } = globalThis;
  const { op_close } = core.ops;
  const { BadResource } = globalThis.Toy.errors;
  const isView = ArrayBuffer.isView;

  // Who closes a rid that streams read or write: each stream over it
  // takes a share (use) and gives it back when it is done with the rid
  // (release), and the last one closes it. A stream that fails closes it
  // at once (close), whatever the others do. Either way the rid is closed
  // once: if the script closed it first, op_close says BadResource, which
  // is no news. rids are never reused (resources.c), so a late close can
  // only miss, never close a resource opened since.
  class RidCloser {
    #rid;
    #users = 0;
    #closed = false;
    constructor(rid) {
      this.#rid = rid;
    }
    get users() {
      return this.#users;
    }
    use() {
      this.#users++;
    }
    release() {
      if (--this.#users <= 0) this.close();
    }
    close() {
      if (this.#closed) return;
      this.#closed = true;
      try {
        op_close(this.#rid);
      } catch (e) {
        if (!(e instanceof BadResource)) throw e;
      }
    }
  }

  // What a pull asks for when the reader brings no buffer of its own.
  const CHUNK_SIZE = 64 * 1024;

  // A byte stream over read(buffer), which resolves to how many bytes it
  // put in the buffer (0 or null at the end). Each pull is one read,
  // straight into the buffer the reader waits to have filled: the BYOB
  // reader's own, or one of CHUNK_SIZE the stream allocates for a default
  // reader. A byte stream's high-water mark is 0, so nothing is read
  // before someone reads: backpressure is the reader's pace.
  function readableForRid(closer, read) {
    let done = false;               // ended, failed or cancelled: rid let go
    const finish = (failed) => {
      if (done) return;
      done = true;
      if (failed) closer.close();
      else closer.release();
    };
    closer.use();
    return new ReadableStream({
      type: "bytes",
      autoAllocateChunkSize: CHUNK_SIZE,
      async pull(controller) {
        const view = controller.byobRequest.view;
        let n;
        try {
          n = await read(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
        } catch (e) {
          if (done) return;         // cancelled meanwhile: nobody waits
          finish(true);
          throw e;                  // errors the stream: the read rejects with e
        }
        if (done) return;
        if (!n) {                   // the end: close, then end the waiting read
          finish(false);
          controller.close();
          controller.byobRequest.respond(0);
          return;
        }
        controller.byobRequest.respond(n);
      },
      cancel() {
        finish(false);
      },
    });
  }

  // The bytes of a chunk a WritableStream over a resource takes: any
  // ArrayBuffer view or ArrayBuffer, seen as a Uint8Array, never copied.
  function bytesOf(chunk) {
    if (isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
    throw new TypeError("The chunk to write must be an ArrayBuffer or an ArrayBuffer view");
  }

  // A WritableStream over write(bytes), which resolves to how many bytes
  // it took. Each chunk is written whole before the sink's write settles,
  // and the stream hands the sink one chunk at a time: a producer that
  // waits for the writer's ready promise (pipeTo does) goes no faster
  // than the resource takes bytes. close() gives the rid back (after
  // shutdown(), when another stream still reads it: the peer then sees
  // the end of what it reads); abort() and a failed write close it.
  function writableForRid(closer, write, shutdown) {
    let done = false;
    const finish = (failed) => {
      if (done) return;
      done = true;
      if (failed) closer.close();
      else closer.release();
    };
    closer.use();
    return new WritableStream({
      async write(chunk) {
        try {
          let bytes = bytesOf(chunk);
          while (bytes.byteLength > 0) bytes = bytes.subarray(await write(bytes));
        } catch (e) {
          finish(true);
          throw e;                  // errors the stream: the write rejects with e
        }
      },
      async close() {
        try {
          if (shutdown && closer.users > 1) await shutdown();
        } catch (e) {
          finish(true);
          throw e;
        }
        finish(false);
      },
      abort() {
        finish(true);
      },
    });
  }

  // Every byte a ReadableStream gives, in one Uint8Array: output()'s.
  async function collect(stream) {
    const reader = stream.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      const bytes = bytesOf(value);
      chunks.push(bytes);
      total += bytes.byteLength;
    }
    const all = new Uint8Array(total);
    let at = 0;
    for (const bytes of chunks) {
      all.set(bytes, at);
      at += bytes.byteLength;
    }
    return all;
  }

  core.pipes = {
    closer: (rid) => new RidCloser(rid),
    readable: readableForRid,
    writable: writableForRid,
    collect,
  };
})(globalThis.Toy.core);
