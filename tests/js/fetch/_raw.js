// Helpers for the fetch tests: a server on a port the system picks that
// answers with exactly the bytes a test gives, so the tests control what
// fetch has to parse.
const enc = new TextEncoder();
const dec = new TextDecoder();

// Reads one request (head and Content-Length body) from conn, as text.
export async function readRequest(conn) {
  const buf = new Uint8Array(4096);
  let text = "";
  for (;;) {
    const end = text.indexOf("\r\n\r\n");
    if (end >= 0) {
      const m = /content-length: (\d+)/i.exec(text.slice(0, end));
      if (text.length >= end + 4 + (m ? Number(m[1]) : 0)) return text;
    }
    const n = await conn.read(buf);
    if (n === null) return text;
    text += dec.decode(buf.subarray(0, n));
  }
}

// Serves each connection with respond(requestText, n): the bytes (a
// string or a list of strings, written one by one) to send before
// closing. Returns { port, requests, close }.
export function rawServer(respond) {
  const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
  const requests = [];
  (async () => {
    for await (const conn of listener) {
      const req = await readRequest(conn);
      requests.push(req);
      const out = await respond(req, requests.length);
      for (const piece of [out].flat()) await conn.write(enc.encode(piece));
      conn.close();
    }
  })();
  return { port: listener.addr.port, requests, close: () => listener.close() };
}

// Starts a quiet Toy.serve server on a port the system picks.
export function start(handler) {
  return Toy.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, handler);
}
