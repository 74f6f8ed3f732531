// Aborting while the server has not answered rejects with the signal's
// reason and closes the connection: the server reads its end.
// needs: fetch
// perms: --allow-net
// expect: server got GET /slow
// expect: fetch rejected: AbortError
// expect: server saw the connection close
import { readRequest } from "./_raw.js";
const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
const c = new AbortController();
const pending = fetch(`http://127.0.0.1:${listener.addr.port}/slow`, { signal: c.signal });
const conn = await listener.accept();
print("server got", (await readRequest(conn)).split(" ").slice(0, 2).join(" "));
c.abort();
try {
  await pending;
} catch (e) {
  print("fetch rejected:", e.name);
}
const n = await conn.read(new Uint8Array(16));
print(n === null ? "server saw the connection close" : `server read ${n} bytes`);
conn.close();
listener.close();
