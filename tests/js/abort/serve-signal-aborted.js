// A signal already aborted shuts Toy.serve down as soon as it starts.
// needs: abort http
// perms: --allow-net
// expect: finished
const server = Toy.serve({ hostname: "127.0.0.1", port: 0, signal: AbortSignal.abort(), onListen() {} },
  () => new Response("never"));
await server.finished;
print("finished");
