// 16_tls.js: TLS in Deno's shape over the ops of op_tls.c and the TCP of
// 11_net.js. Toy.connectTls() and Toy.startTls() give TlsConns;
// Toy.listenTls() gives a TlsListener whose accept() gives them too.
"use strict";
((core) => {
  const ops = core.ops;

  // One TLS connection: a Conn (rid, addresses, close) whose bytes are
  // encrypted on the way.
  class TlsConn extends globalThis.Toy.Conn {
    constructor(rid, localAddr, remoteAddr) {
      super({ rid, localAddr, remoteAddr });
    }
    // Waits for the handshake (reads and writes wait for it by themselves).
    async handshake() {
      await ops.op_tls_handshake(this.rid);
      return { alpnProtocol: null };
    }
    // Bytes read into buffer, or null once the peer has closed its side.
    async read(buffer) {
      if (buffer.length === 0) return 0;
      const n = await ops.op_tls_read(this.rid, buffer);
      return n === 0 ? null : n;
    }
    async write(buffer) {
      if (buffer.length === 0) return 0;
      return ops.op_tls_write(this.rid, buffer);
    }
    // Sends close_notify and shuts down the writing half.
    closeWrite() {
      return ops.op_tls_shutdown(this.rid);
    }
  }

  // A TCP listener whose connections are TLS, with one server context.
  // It is a Listener: addr, rid and the async iterator (which calls this
  // accept()) come from 11_net.js.
  class TlsListener extends globalThis.Toy.Listener {
    #context;
    constructor(listener, context) {
      super({ rid: listener.rid, addr: listener.addr });
      this.#context = context;
    }
    async accept() {
      const conn = await super.accept();
      let rid;
      try {
        rid = ops.op_tls_accept(conn.rid, this.#context);
      } catch (e) {
        conn.close();
        throw e;
      }
      return new TlsConn(rid, conn.localAddr, conn.remoteAddr);
    }
    close() {
      super.close();
      ops.op_close(this.#context);
    }
  }

  function pemText(value, what) {
    if (typeof value !== "string") throw new TypeError(`${what} must be a PEM string`);
    return value;
  }

  // Starts TLS as a client on a connected Conn, which hands over its
  // socket (its rid is closed). Settles once the handshake is done.
  async function startTls(conn, options = {}) {
    const { hostname = "127.0.0.1", caCerts = [] } = options;
    if (!Array.isArray(caCerts)) throw new TypeError("caCerts must be an array of PEM strings");
    const pems = caCerts.map((pem) => pemText(pem, "caCerts")).join("\n");
    const rid = ops.op_tls_start(conn.rid, String(hostname), pems);
    const tls = new TlsConn(rid, conn.localAddr, conn.remoteAddr);
    try {
      await ops.op_tls_handshake(rid);
    } catch (e) {
      try {
        tls.close();
      } catch {
        // closed already
      }
      throw e;
    }
    return tls;
  }

  Object.assign(globalThis.Toy, {
    TlsConn,
    TlsListener,
    startTls,
    async connectTls(options) {
      const { hostname = "127.0.0.1", port, caCerts = [] } = options ?? {};
      const conn = await globalThis.Toy.connect({ hostname, port });
      try {
        return await startTls(conn, { hostname, caCerts });
      } catch (e) {
        try {
          conn.close();          // the socket is still the Conn's if TLS never started
        } catch {
          // handed over to TLS, and closed with it
        }
        throw e;
      }
    },
    listenTls(options) {
      const { hostname = "0.0.0.0", port, cert, key, transport = "tcp" } = options ?? {};
      if (transport !== "tcp") throw new TypeError(`Unsupported transport: '${transport}'`);
      pemText(cert, "cert");
      pemText(key, "key");
      const listener = globalThis.Toy.listen({ hostname, port, reusePort: options.reusePort });
      let context;
      try {
        context = ops.op_tls_server_context(cert, key);
      } catch (e) {
        listener.close();
        throw e;
      }
      return new TlsListener(listener, context);
    },
  });
})(globalThis.Toy.core);
