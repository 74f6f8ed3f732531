// 04_fs.js: files, in Deno's shape: Toy.open() gives an FsFile holding a
// rid; readFile, writeFile and friends do a whole file in one op.
"use strict";
((core) => {
  const ops = core.ops;

  // Deno's OpenOptions as the bit flags op_fs_open takes (see op_fs.c).
  const READ = 1, WRITE = 2, APPEND = 4, CREATE = 8, CREATE_NEW = 16, TRUNCATE = 32;

  // The checks and messages are Deno's, in Deno's order.
  function openFlags(options = { read: true }) {
    const { read, write, append, create, createNew, truncate } = options;
    if (!read && !write && !append && !create && !createNew && !truncate) {
      throw new Error("OpenOptions requires at least one option to be true");
    }
    if (truncate && !write) {
      throw new Error("'truncate' option requires 'write' option");
    }
    if ((create || createNew) && !(write || append)) {
      throw new Error("'create' or 'createNew' options require 'write' or 'append' option");
    }
    return (read ? READ : 0) | (write ? WRITE : 0) | (append ? APPEND : 0) |
      (create ? CREATE : 0) | (createNew ? CREATE_NEW : 0) | (truncate ? TRUNCATE : 0);
  }

  // writeFile's options: create (default true), append, createNew, mode.
  function writeFlags(options = {}) {
    const { append = false, create = true, createNew = false } = options;
    return WRITE | (append ? APPEND : TRUNCATE) | (create ? CREATE : 0) |
      (createNew ? CREATE_NEW : 0);
  }

  function mode(options) {
    return options?.mode ?? 0o666;
  }

  const SeekMode = Object.freeze({ Start: 0, Current: 1, End: 2 });
  // Only open() and openSync() hold this, so only the files they open are
  // tied to their FsFile: `new Toy.FsFile(1)` must not let the collector
  // close stdout.
  const opened = Symbol("opened by Toy.open");

  // An open file. Its rid is a resource; close() releases it, and so does
  // the garbage collector if the FsFile is dropped while still open.
  class FsFile {
    #rid;
    constructor(rid, token) {
      this.#rid = rid;
      if (token === opened) core.closeOnCollect(this, rid);
    }
    get rid() {
      return this.#rid;
    }
    // Bytes read into buffer, or null at the end of the file.
    async read(buffer) {
      const n = await ops.op_fs_read(this.#rid, buffer);
      return n === 0 && buffer.length > 0 ? null : n;
    }
    readSync(buffer) {
      const n = ops.op_fs_read_sync(this.#rid, buffer);
      return n === 0 && buffer.length > 0 ? null : n;
    }
    write(buffer) {
      return ops.op_fs_write(this.#rid, buffer);
    }
    writeSync(buffer) {
      return ops.op_fs_write_sync(this.#rid, buffer);
    }
    seek(offset, whence = SeekMode.Start) {
      return ops.op_fs_seek(this.#rid, Number(offset), whence);
    }
    seekSync(offset, whence = SeekMode.Start) {
      return ops.op_fs_seek_sync(this.#rid, Number(offset), whence);
    }
    close() {
      ops.op_close(this.#rid);
    }
    // The file as a byte stream to read and as a stream to write to, each
    // made when first asked for (20_pipes.js). They share the file's rid,
    // closed once every stream made over it is done with it (one made
    // later finds it closed); and each holds this FsFile, so the
    // collector cannot close the file under a stream still using it.
    #closer;
    #readable;
    #writable;
    get readable() {
      this.#closer ??= core.pipes.closer(this.#rid);
      return this.#readable ??= core.pipes.readable(this.#closer, (buf) => this.read(buf));
    }
    get writable() {
      this.#closer ??= core.pipes.closer(this.#rid);
      return this.#writable ??= core.pipes.writable(this.#closer, (buf) => this.write(buf));
    }
  }

  function pathOf(path) {
    return String(path);
  }

  Object.assign(globalThis.Toy, {
    FsFile,
    SeekMode,
    async open(path, options) {
      const flags = openFlags(options);
      return new FsFile(await ops.op_fs_open(pathOf(path), flags, mode(options)), opened);
    },
    openSync(path, options) {
      const flags = openFlags(options);
      return new FsFile(ops.op_fs_open_sync(pathOf(path), flags, mode(options)), opened);
    },
    readFile: (path) => ops.op_fs_read_file(pathOf(path)),
    readFileSync: (path) => ops.op_fs_read_file_sync(pathOf(path)),
    readTextFile: (path) => ops.op_fs_read_text_file(pathOf(path)),
    readTextFileSync: (path) => ops.op_fs_read_text_file_sync(pathOf(path)),
    writeFile: (path, data, options) =>
      ops.op_fs_write_file(pathOf(path), data, writeFlags(options), mode(options)),
    writeFileSync: (path, data, options) =>
      ops.op_fs_write_file_sync(pathOf(path), data, writeFlags(options), mode(options)),
    writeTextFile: (path, text, options) =>
      ops.op_fs_write_text_file(pathOf(path), String(text), writeFlags(options), mode(options)),
    writeTextFileSync: (path, text, options) =>
      ops.op_fs_write_text_file_sync(pathOf(path), String(text), writeFlags(options), mode(options)),
  });

  // The standard streams as streams, made when first asked for: stdin
  // reads (readable), stdout and stderr write (writable). Closing one
  // closes its rid, as in Deno; the descriptor stays open (its resource
  // has no close function), so console.log goes on printing.
  const piped = [];
  function stdioStream(rid) {
    const closer = () => core.pipes.closer(rid);
    return piped[rid] ??= rid === 0
      ? core.pipes.readable(closer(), (buf) => ops.op_fs_read(rid, buf))
      : core.pipes.writable(closer(), (buf) => ops.op_fs_write(rid, buf));
  }

  // The standard streams, by rid, as Deno.stdin/stdout/stderr.
  function stream(rid, name) {
    return Object.freeze({
      rid,
      name,
      read: (buffer) => ops.op_fs_read(rid, buffer).then((n) => (n === 0 && buffer.length > 0 ? null : n)),
      write: (buffer) => ops.op_fs_write(rid, buffer),
      writeSync: (buffer) => ops.op_fs_write_sync(rid, buffer),
      get readable() {
        return rid === 0 ? stdioStream(rid) : undefined;
      },
      get writable() {
        return rid !== 0 ? stdioStream(rid) : undefined;
      },
    });
  }
  globalThis.Toy.stdin = stream(0, "stdin");
  globalThis.Toy.stdout = stream(1, "stdout");
  globalThis.Toy.stderr = stream(2, "stderr");
})(globalThis.Toy.core);
