// Request bodies a hostile client sends: a chunk size of 10^20 (past any
// integer the parser holds), a chunk extension that never ends, trailers
// that never end, a Content-Length larger than what comes before the
// client stops sending, and a chunked body sent one byte per write. Each
// is refused with 400 (431 for the trailers) and the connection closed:
// by the parser when the bytes come with the head, or else when the
// handler reads the body (its read rejects, and the server answers for
// it, the fault being the client's). The last is read whole. None holds
// more than a bounded amount; the server goes on serving.
// needs: pipes
// perms: --allow-net
// expect: size 10^20: answer 400, closed
// expect: endless extension: answer 400, closed
// expect: endless trailers: answer 431, closed
// expect: short body: answer 400, closed
// expect: byte by byte: handler read "slowly, one byte at a time" in 1+ chunks, answer 200
// expect: still serving: 200
const enc = new TextEncoder();
const dec = new TextDecoder();
let seen = "";
const server = Toy.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async (req) => {
  if (req.method === "GET") return new Response("ok");
  const reader = req.body.getReader();
  let text = "";
  let chunks = 0;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += dec.decode(value);
      chunks++;
    }
  } catch (e) {
    seen = `handler ${e.constructor.name}`;
    throw e;
  }
  seen = `handler read ${JSON.stringify(text)} in ${chunks > 0 ? "1+" : 0} chunks`;
  return new Response("ok");
});
const port = server.addr.port;

// Sends the head and the pieces (stopping at the first failed write, as
// the server may close first), then half-closes if asked; the answer's
// status line, and whether the server closed.
async function attack(head, pieces, halfClose = false) {
  const conn = await Toy.connect({ hostname: "127.0.0.1", port });
  try {
    await conn.write(enc.encode(head));
    for (const piece of pieces) await conn.write(typeof piece === "string" ? enc.encode(piece) : piece);
    if (halfClose) await conn.closeWrite();
  } catch {
    // the server closed first
  }
  const buf = new Uint8Array(4096);
  let text = "";
  let n;
  try {
    while ((n = await conn.read(buf)) !== null) text += dec.decode(buf.subarray(0, n));
  } catch {
    // reset: closed too
  }
  conn.close();
  return `answer ${text.split(" ")[1]}, closed`;
}
const chunked = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n";
const mib = "a".repeat(1024 * 1024);
let r = await attack(chunked, ["56BC75E2D63100000\r\n", "x".repeat(100)]);
print(`size 10^20: ${r}`);
r = await attack(chunked, ["1;", ...Array(4).fill(mib)]);
print(`endless extension: ${r}`);
r = await attack(chunked, ["1\r\nx\r\n0\r\n", ...Array(4).fill(`T: ${mib}\r\n`)]);
print(`endless trailers: ${r}`);
r = await attack("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1000000\r\n\r\n", ["only this much"], true);
print(`short body: ${r}`);
const body = "slowly, one byte at a time";
const bytes = enc.encode(`${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`);
const conn = await Toy.connect({ hostname: "127.0.0.1", port });
await conn.write(enc.encode(chunked.replace("Host: a", "Host: a\r\nConnection: close")));
for (let i = 0; i < bytes.length; i++) await conn.write(bytes.subarray(i, i + 1));
const buf = new Uint8Array(4096);
let text = "";
let n;
while ((n = await conn.read(buf)) !== null) text += dec.decode(buf.subarray(0, n));
conn.close();
print(`byte by byte: ${seen}, answer ${text.split(" ")[1]}`);
print("still serving:", (await fetch(`http://127.0.0.1:${port}/`)).status);
await server.shutdown();
