// shutdown() stops accepting and resolves finished; connecting afterwards
// is refused, and the script exits.
// needs: http
// perms: --allow-net
// expect: listening true
// expect: finished
// expect: refused
import { start } from "./_raw.js";
const server = start(() => new Response("x"));
print("listening", server.addr.port > 0);
server.finished.then(() => print("finished"));
await server.shutdown();
await server.finished;
try {
  const c = await Toy.connect({ hostname: "127.0.0.1", port: server.addr.port });
  c.close();
  print("still accepting");
} catch (e) {
  print(e instanceof Toy.errors.ConnectionRefused ? "refused" : `other: ${e}`);
}
