// A client that sends part of a body and then nothing, keeping the
// connection open, is closed after requestTimeout like one that sends
// nothing at all: waiting for the body is a wait on the client. The
// handler's read of the body rejects. (The test waits for the close,
// however long it takes; it times nothing.)
// needs: pipes
// perms: --allow-net
// expect: handler: read rejected
// expect: client: closed by the server
const enc = new TextEncoder();
let handlerSaw;
const seen = new Promise((resolve) => (handlerSaw = resolve));
const server = Toy.serve({ hostname: "127.0.0.1", port: 0, requestTimeout: 300, onListen() {} }, async (req) => {
  try {
    await req.text();
    handlerSaw("read the whole body?");
  } catch {
    handlerSaw("read rejected");
  }
  return new Response("late");
});
const conn = await Toy.connect({ hostname: "127.0.0.1", port: server.addr.port });
await conn.write(enc.encode("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1000\r\n\r\nonly the start"));
print("handler:", await seen);
const buf = new Uint8Array(4096);
let closed = false;
try {
  while ((await conn.read(buf)) !== null);
  closed = true;
} catch {
  closed = true;   // reset
}
print("client:", closed ? "closed by the server" : "?");
conn.close();
await server.shutdown();
