// A Unix listener and its connections are resources of their own kinds,
// unixListener and unixStream. Closing the listener ends a pending
// accept (a for await loop over it finishes) and removes the socket file
// from the file system.
// needs: net fsx
// perms: --allow-read --allow-write
// expect: while connected: unixListener unixStream unixStream
// expect: socket file: exists
// expect: accept loop ended after 1 connection(s)
// expect: after close: none
// expect: socket file: NotFound
import { tempDir } from "./_dir.js";
const t = await tempDir();
const kinds = () => Object.values(Toy.resources()).filter((k) => k.startsWith("unix")).join(" ") || "none";
const listener = Toy.listen({ transport: "unix", path: t.path("r.sock") });
let count = 0;
let first;
const gotFirst = new Promise((resolve) => (first = resolve));
const loop = (async () => {
  for await (const conn of listener) {
    count++;
    first(conn);
  }
})();
const client = await Toy.connect({ transport: "unix", path: t.path("r.sock") });
const server = await gotFirst;
print(`while connected: ${kinds()}`);
print(`socket file: ${(await Toy.stat(t.path("r.sock"))) ? "exists" : "?"}`);
listener.close();
await loop;
print(`accept loop ended after ${count} connection(s)`);
client.close();
server.close();
print(`after close: ${kinds()}`);
try {
  await Toy.stat(t.path("r.sock"));
  print("socket file: still there");
} catch (e) {
  print(`socket file: ${e.name}`);
}
await t.remove();
