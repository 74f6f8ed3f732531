// Addresses of Unix sockets are { transport: "unix", path }: the
// listener's is its path; a connection's own end is the path on the
// server's side and "" (no name) on the client's, and its remote end the
// other way round.
// needs: net fsx
// perms: --allow-read --allow-write
// expect: listener: {"transport":"unix","path":"DIR/a.sock"}
// expect: client local: {"transport":"unix","path":""}
// expect: client remote: {"transport":"unix","path":"DIR/a.sock"}
// expect: server local: {"transport":"unix","path":"DIR/a.sock"}
// expect: server remote: {"transport":"unix","path":""}
// expect: copies: true
import { tempDir } from "./_dir.js";
const t = await tempDir();
const listener = Toy.listen({ transport: "unix", path: t.path("a.sock") });
print(`listener: ${t.show(listener.addr)}`);
const accepted = listener.accept();
const client = await Toy.connect({ transport: "unix", path: t.path("a.sock") });
const server = await accepted;
print(`client local: ${t.show(client.localAddr)}`);
print(`client remote: ${t.show(client.remoteAddr)}`);
print(`server local: ${t.show(server.localAddr)}`);
print(`server remote: ${t.show(server.remoteAddr)}`);
// Each getter hands out a copy, as for TCP.
listener.addr.path = "changed";
print(`copies: ${listener.addr.path === t.path("a.sock")}`);
client.close();
server.close();
listener.close();
await t.remove();
