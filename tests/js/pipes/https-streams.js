// Over HTTPS the bodies stream as over HTTP: a request body that comes
// after its head (chunked, in two writes), echoed back in chunks by a
// handler that answers with the body itself.
// needs: pipes tls
// perms: --allow-net --allow-read=tests/fixtures/tls
// expect: HTTP/1.1 200 OK
// expect: transfer-encoding: chunked
// expect: echoed: "over TLS, in pieces"
import { dir } from "../tls/_tls.js";

const server = Toy.serve({
  hostname: "127.0.0.1",
  port: 0,
  cert: Toy.readTextFileSync(`${dir}/localhost.pem`),
  key: Toy.readTextFileSync(`${dir}/localhost.key`),
  onListen() {},
}, (req) => new Response(req.body));
const conn = await Toy.connectTls({
  hostname: "localhost",
  port: server.addr.port,
  caCerts: [Toy.readTextFileSync(`${dir}/ca.pem`)],
});
const enc = new TextEncoder();
await conn.write(enc.encode(
  "POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n9\r\nover TLS,\r\n"));
await conn.write(enc.encode("A\r\n in pieces\r\n0\r\n\r\n"));
const buf = new Uint8Array(4096);
let text = "";
for (let n; (n = await conn.read(buf)) !== null;) text += new TextDecoder().decode(buf.subarray(0, n));
conn.close();
const head = text.split("\r\n\r\n")[0];
print(head.split("\r\n")[0]);
print(head.split("\r\n").find((l) => l.startsWith("transfer-encoding")));
// The chunked body, decoded: size lines dropped.
let echoed = "";
for (let rest = text.slice(head.length + 4); ;) {
  const eol = rest.indexOf("\r\n");
  const size = parseInt(rest.slice(0, eol), 16);
  if (!(size > 0)) break;
  echoed += rest.slice(eol + 2, eol + 2 + size);
  rest = rest.slice(eol + 2 + size + 2);
}
print(`echoed: ${JSON.stringify(echoed)}`);
await server.shutdown();
