// An abort while the body is still coming (the head is in, the
// Content-Length not reached) rejects too. The outcome is taken at once:
// on a busy machine the timeout may come before the server has written
// anything, and a rejection nobody handled yet would end the program.
// (Then it is an abort while the head is awaited: the same rejection.)
// needs: fetch !pipes
// perms: --allow-net
// expect: rejected: TimeoutError Signal timed out.
import { readRequest } from "./_raw.js";
const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
const outcome = fetch(`http://127.0.0.1:${listener.addr.port}/`, { signal: AbortSignal.timeout(100) })
  .then(() => "resolved?", (e) => `rejected: ${e.name} ${e.message}`);
const conn = await listener.accept();
await readRequest(conn);
await conn.write(new TextEncoder().encode("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly part"))
  .catch(() => {});   // fetch may have given up and closed already
print(await outcome);
conn.close();
listener.close();
