// Aborting Toy.serve's signal stops the server at once, as in Deno:
// unlike shutdown(), it does not wait for the answers in progress, so
// even a handler that never settles (which once kept finished from ever
// resolving) cannot hold it; its client sees the connection close.
// needs: abort http
// perms: --allow-net
// expect: handler called
// expect: finished
// expect: client: closed without an answer
let called;
const calledOnce = new Promise((r) => (called = r));
const c = new AbortController();
const server = Toy.serve({ hostname: "127.0.0.1", port: 0, signal: c.signal, onListen() {} }, () => {
  called();
  return new Promise(() => {});
});
const conn = await Toy.connect({ hostname: "127.0.0.1", port: server.addr.port });
await conn.write(new TextEncoder().encode("GET / HTTP/1.1\r\nHost: a\r\n\r\n"));
await calledOnce;
print("handler called");
c.abort();
await server.finished;
print("finished");
const n = await conn.read(new Uint8Array(1024)).catch(() => null);
print(n === null ? "client: closed without an answer" : `client: ${n} bytes`);
conn.close();
