// Without onListen, serve prints where it listens; with it, the callback
// gets the hostname and the port.
// needs: http
// perms: --allow-net
// expect-stdout: Listening on http://127.0.0.1:
// expect-stdout: onListen 127.0.0.1 true
const a = Toy.serve({ hostname: "127.0.0.1", port: 0 }, () => new Response("a"));
const b = Toy.serve({
  hostname: "127.0.0.1",
  port: 0,
  onListen({ hostname, port }) {
    print("onListen", hostname, port > 0);
  },
}, () => new Response("b"));
await a.shutdown();
await b.shutdown();
