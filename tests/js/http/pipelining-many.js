// Many pipelined requests in one write, with bodies and a HEAD among
// them: every one is answered, in order, on the one connection.
// needs: http
// perms: --allow-net
// expect: 100 answers in order
// expect: last: POST 99 [body 99]
import { exchange, start } from "./_raw.js";
const server = start(async (req) => {
  const n = req.url.slice(req.url.lastIndexOf("/") + 1);
  if (Number(n) % 3 === 0) await null;            // some answer later than others
  const text = await req.text();
  return new Response(`${req.method} ${n}${text ? ` [${text}]` : ""}`);
});
let text = "";
for (let i = 0; i < 100; i++) {
  const last = i === 99 ? "Connection: close\r\n" : "";
  if (i % 2 === 0) text += `GET /${i} HTTP/1.1\r\nHost: a\r\n${last}\r\n`;
  else text += `POST /${i} HTTP/1.1\r\nHost: a\r\n${last}Content-Length: ${`body ${i}`.length}\r\n\r\nbody ${i}`;
}
const res = await exchange(server.addr.port, text);
const bodies = res.split("HTTP/1.1 200 OK").slice(1).map((part) => part.slice(part.indexOf("\r\n\r\n") + 4));
const inOrder = bodies.every((b, i) => b === (i % 2 === 0 ? `GET ${i}` : `POST ${i} [body ${i}]`));
print(`${bodies.length} answers ${inOrder ? "in order" : "OUT OF ORDER"}`);
print("last:", bodies[bodies.length - 1]);
await server.shutdown();
