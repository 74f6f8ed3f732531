// 11_net.js: TCP in Deno's shape over the ops of op_net.c. Toy.listen()
// gives a Listener, Toy.connect() and accept() give Conns; each holds a
// rid ("tcpListener", "tcpStream") that close() or Toy.close() releases.
"use strict";
((core) => {
  const ops = core.ops;
  const errors = globalThis.Toy.errors;

  // One TCP connection.
  class Conn {
    #rid;
    #localAddr;
    #remoteAddr;
    constructor(info) {
      this.#rid = info.rid;
      this.#localAddr = info.localAddr;
      this.#remoteAddr = info.remoteAddr;
    }
    get rid() {
      return this.#rid;
    }
    get localAddr() {
      return { ...this.#localAddr };
    }
    get remoteAddr() {
      return { ...this.#remoteAddr };
    }
    // Bytes read into buffer, or null once the peer has closed its side.
    async read(buffer) {
      if (buffer.length === 0) return 0;
      const n = await ops.op_net_read(this.#rid, buffer);
      return n === 0 ? null : n;
    }
    write(buffer) {
      return ops.op_net_write(this.#rid, buffer);
    }
    // Shuts down the writing half: the peer's reads see the end.
    closeWrite() {
      return ops.op_net_shutdown(this.#rid);
    }
    close() {
      ops.op_close(this.#rid);
    }
    // The connection as a byte stream to read and a stream to write to
    // (20_pipes.js), over this Conn's own read, write and closeWrite: a
    // TlsConn, whose methods encrypt, gets its streams from here too.
    // The rid closes once every stream made over it is done with it (as
    // in Deno, reading to the end closes a connection nobody writes to
    // through a stream); closing the writable while the readable still
    // reads shuts down the writing half, so the peer sees the end and may
    // still answer.
    #closer;
    #readable;
    #writable;
    get readable() {
      this.#closer ??= core.pipes.closer(this.#rid);
      return this.#readable ??= core.pipes.readable(this.#closer, (buf) => this.read(buf));
    }
    get writable() {
      this.#closer ??= core.pipes.closer(this.#rid);
      return this.#writable ??= core.pipes.writable(this.#closer, (buf) => this.write(buf),
                                                    () => this.closeWrite());
    }
  }

  // A listening socket; accept() waits for the next connection.
  class Listener {
    #rid;
    #addr;
    constructor(info) {
      this.#rid = info.rid;
      this.#addr = info.addr;
    }
    get rid() {
      return this.#rid;
    }
    get addr() {
      return { ...this.#addr };
    }
    async accept() {
      return new Conn(await ops.op_net_accept(this.#rid));
    }
    close() {
      ops.op_close(this.#rid);
    }
    // Yields connections until the listener is closed.
    async *[Symbol.asyncIterator]() {
      for (;;) {
        let conn;
        try {
          conn = await this.accept();
        } catch (e) {
          if (e instanceof errors.BadResource || e instanceof errors.Interrupted) return;
          throw e;
        }
        yield conn;
      }
    }
  }

  function portOf(options) {
    const port = options?.port;
    if (typeof port !== "number" || !Number.isInteger(port) || port < 0 || port > 65535) {
      throw new TypeError(`Invalid port: ${port}`);
    }
    return port;
  }

  Object.assign(globalThis.Toy, {
    Conn,
    Listener,
    listen(options) {
      const { hostname = "0.0.0.0", transport = "tcp" } = options ?? {};
      if (transport !== "tcp") throw new TypeError(`Unsupported transport: '${transport}'`);
      // reusePort: only true sets SO_REUSEPORT; Deno takes any other value
      // as false, without an error.
      const reuse = options?.reusePort === true;
      return new Listener(ops.op_net_listen(String(hostname), portOf(options), reuse));
    },
    async connect(options) {
      const { hostname = "127.0.0.1", transport = "tcp" } = options ?? {};
      if (transport !== "tcp") throw new TypeError(`Unsupported transport: '${transport}'`);
      return new Conn(await ops.op_net_connect(String(hostname), portOf(options)));
    },
  });
})(globalThis.Toy.core);
