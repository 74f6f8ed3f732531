// Helpers for the router tests (not a test itself): a server on a port
// the system picks, and a raw HTTP/1.1 client over Toy.connect, so a test
// sees exactly the bytes the server wrote.
const enc = new TextEncoder();
const dec = new TextDecoder();

// Serves handler on 127.0.0.1, quietly (no "Listening on" line).
export function start(handler) {
  return Toy.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, handler);
}

// Sends one request (method, target, optional body) with Connection:
// close, and reads the whole response until the server closes.
export async function request(server, method, target, body = "") {
  const conn = await Toy.connect({ hostname: "127.0.0.1", port: server.addr.port });
  const bytes = enc.encode(body);
  await conn.write(enc.encode(`${method} ${target} HTTP/1.1\r\nHost: test\r\n` +
    `Content-Length: ${bytes.length}\r\nConnection: close\r\n\r\n${body}`));
  const buf = new Uint8Array(4096);
  let text = "";
  let n;
  while ((n = await conn.read(buf)) !== null) text += dec.decode(buf.subarray(0, n));
  conn.close();
  return text;
}

// The parts of a response worth printing: its status line, the headers
// named, and its body.
export function show(text, ...names) {
  const [head, body] = text.split("\r\n\r\n");
  const lines = head.split("\r\n");
  const out = [lines[0]];
  for (const name of names) {
    const line = lines.find((l) => l.toLowerCase().startsWith(name.toLowerCase() + ":"));
    out.push(line ?? `(no ${name})`);
  }
  out.push(`body: ${body}`);
  return out.join(" | ");
}
