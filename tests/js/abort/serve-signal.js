// Toy.serve({ signal }): aborting the signal shuts the server down, and
// finished resolves; a new connection is then refused.
// needs: fetch
// perms: --allow-net
// expect: answered: served
// expect: finished
// expect: then: ConnectionRefused
const c = new AbortController();
const server = Toy.serve({ hostname: "127.0.0.1", port: 0, signal: c.signal, onListen() {} }, () => new Response("served"));
const res = await fetch(`http://127.0.0.1:${server.addr.port}/`);
print("answered:", await res.text());
c.abort();
await server.finished;
print("finished");
try {
  await Toy.connect({ hostname: "127.0.0.1", port: server.addr.port });
} catch (e) {
  print("then:", e.name);
}
