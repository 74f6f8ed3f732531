// A helper, not a test: a small HTTP server written over raw TCP, so that
// a test sees what fetch sends on which connection. Each request (a head,
// and a body of its content-length) is answered by answer(req), which
// returns the response's bytes as a string, or
// { text, close: true } to close the connection after them, or
// { close: true } to close it without answering, or
// { hang: true } to answer nothing and keep the connection open.
// req is { method, path, headers (lower-case names), body, conn (1 for the
// first connection accepted, 2 for the next...), index (on that
// connection, from 1) }.
const enc = new TextEncoder(), dec = new TextDecoder();

export function start(answer) {
  const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
  const open = new Set();
  const server = {
    url: `http://127.0.0.1:${listener.addr.port}`,
    connections: 0,
    log: [],                       // "conn N: METHOD /path", in order
    close() {
      listener.close();
      for (const conn of open) conn.close();
    },
  };
  (async () => {
    for await (const conn of listener) {
      open.add(conn);
      serveConn(conn, ++server.connections).finally(() => {
        open.delete(conn);
        try {
          conn.close();
        } catch {
          // closed already
        }
      });
    }
  })();

  async function serveConn(conn, id) {
    let text = "";
    const buf = new Uint8Array(4096);
    for (let index = 1; ; index++) {
      let end;
      while ((end = text.indexOf("\r\n\r\n")) < 0) {
        const n = await conn.read(buf).catch(() => null);
        if (n === null) return;
        text += dec.decode(buf.subarray(0, n));
      }
      const [line, ...fields] = text.slice(0, end).split("\r\n");
      const [method, path] = line.split(" ");
      const headers = {};
      for (const f of fields) headers[f.slice(0, f.indexOf(":")).toLowerCase()] = f.slice(f.indexOf(":") + 1).trim();
      const length = Number(headers["content-length"] ?? 0);
      while (text.length < end + 4 + length) {
        const n = await conn.read(buf).catch(() => null);
        if (n === null) return;
        text += dec.decode(buf.subarray(0, n));
      }
      const body = text.slice(end + 4, end + 4 + length);
      text = text.slice(end + 4 + length);
      server.log.push(`conn ${id}: ${method} ${path}`);
      let out = await answer({ method, path, headers, body, conn: id, index });
      if (typeof out === "string") out = { text: out };
      if (out.hang) {
        await conn.read(buf).catch(() => null);     // until the client goes
        return;
      }
      if (out.text !== undefined) await conn.write(enc.encode(out.text));
      if (out.close) return;
    }
  }
  return server;
}

// A response with a body of known length.
export function ok(body, extra = "") {
  return `HTTP/1.1 200 OK\r\ncontent-length: ${body.length}\r\n${extra}\r\n${body}`;
}
