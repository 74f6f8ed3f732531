// A 404 is a response, not an error: fetch resolves, ok is false, and
// the body and status text come from the wire.
// needs: fetch
// perms: --allow-net
// expect: 404 Not Found false
// expect: {"error":"no such thing"}
import { start } from "./_raw.js";
const server = start(() => Response.json({ error: "no such thing" }, { status: 404 }));
const res = await fetch(`http://127.0.0.1:${server.addr.port}/missing`);
print(res.status, res.statusText, res.ok);
print(JSON.stringify(await res.json()));
await server.shutdown();
