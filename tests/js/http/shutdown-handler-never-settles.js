// shutdown() with a handler that never settles. Deno lets the requests
// being answered finish before shutdown() resolves, and so does toyjs;
// but such a handler once held its connection and shutdown() for ever.
// Now the answers get requestTimeout ms, and then their connections are
// closed: shutdown() resolves and the client sees the end.
// needs: http
// perms: --allow-net
// expect: handler called
// expect: shutdown resolved
// expect: client: closed without an answer
let called;
const calledOnce = new Promise((r) => (called = r));
const server = Toy.serve({ hostname: "127.0.0.1", port: 0, requestTimeout: 300, onListen() {} }, () => {
  called();
  return new Promise(() => {});
});
const conn = await Toy.connect({ hostname: "127.0.0.1", port: server.addr.port });
await conn.write(new TextEncoder().encode("GET / HTTP/1.1\r\nHost: a\r\n\r\n"));
await calledOnce;
print("handler called");
await server.shutdown();
print("shutdown resolved");
const n = await conn.read(new Uint8Array(1024)).catch(() => null);
print(n === null ? "client: closed without an answer" : `client: ${n} bytes`);
conn.close();
