// Toy.serve with cert and key serves HTTPS: the same server over
// Toy.listenTls. A client that trusts the test CA sends two pipelined
// requests on one connection, the second closing it; the handler sees
// https: URLs.
// needs: tls http
// perms: --allow-net --allow-read=tests/fixtures/tls
// expect: listening on 127.0.0.1 true
// expect: HTTP/1.1 200 OK
// expect: GET https: /a
// expect: HTTP/1.1 200 OK
// expect: GET https: /b
// expect: open after shutdown: stderr,stdin,stdout
import { dir } from "./_tls.js";

const server = Toy.serve({
  hostname: "127.0.0.1",
  port: 0,
  cert: Toy.readTextFileSync(`${dir}/localhost.pem`),
  key: Toy.readTextFileSync(`${dir}/localhost.key`),
  onListen: ({ hostname, port }) => console.log("listening on", hostname, port > 0),
}, (req) => {
  const url = new URL(req.url);
  return new Response(`${req.method} ${url.protocol} ${url.pathname}`);
});
const conn = await Toy.connectTls({
  hostname: "localhost",
  port: server.addr.port,
  caCerts: [Toy.readTextFileSync(`${dir}/ca.pem`)],
});
await conn.write(new TextEncoder().encode(
  "GET /a HTTP/1.1\r\nHost: localhost\r\n\r\n" +
  "GET /b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
const buf = new Uint8Array(4096);
let text = "";
for (let n; (n = await conn.read(buf)) !== null;) text += new TextDecoder().decode(buf.subarray(0, n));
conn.close();
// Each answer: its status line, then (after the blank line) its body.
for (const answer of text.split(/(?=HTTP\/1\.1 )/)) {
  console.log(answer.split("\r\n")[0]);
  console.log(answer.split("\r\n\r\n")[1]);
}
await server.shutdown();
console.log("open after shutdown:", Object.values(Toy.resources()).sort().join(","));
