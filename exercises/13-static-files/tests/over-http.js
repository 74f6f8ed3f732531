// serveFile behind Toy.serve, seen by a raw client: a range of a binary
// file goes out as "206 Partial Content" with its Content-Length and
// exactly its bytes; an unsatisfiable one as "416 Range Not Satisfiable".
// needs: http
// perms: --allow-read --allow-write --allow-net
// expect: HTTP/1.1 200 OK | content-length: 256 | 256 bytes, 0 ... 255
// expect: HTTP/1.1 206 Partial Content | content-length: 6 | 6 bytes, 250 ... 255
// expect: HTTP/1.1 206 Partial Content | content-length: 3 | 3 bytes, 0 ... 2
// expect: HTTP/1.1 416 Range Not Satisfiable | content-length: 0 | 0 bytes
import { makeFiles } from "./_files.js";
const all = new Uint8Array(256).map((_, i) => i);
const dir = makeFiles({ "bytes.bin": all });
const server = Toy.serve({ hostname: "127.0.0.1", port: 0, onListen() {} },
  (req) => Toy.serveFile(req, `${dir}/bytes.bin`));

async function fetchRaw(range) {
  const conn = await Toy.connect({ hostname: "127.0.0.1", port: server.addr.port });
  const extra = range ? `Range: ${range}\r\n` : "";
  await conn.write(new TextEncoder().encode(`GET /bytes.bin HTTP/1.1\r\nHost: x\r\n${extra}Connection: close\r\n\r\n`));
  let got = new Uint8Array(0);
  const buf = new Uint8Array(1024);
  let n;
  while ((n = await conn.read(buf)) !== null) {
    const more = new Uint8Array(got.length + n);
    more.set(got);
    more.set(buf.subarray(0, n), got.length);
    got = more;
  }
  conn.close();
  let end = 0;
  while (!(got[end] === 13 && got[end + 1] === 10 && got[end + 2] === 13 && got[end + 3] === 10)) end++;
  const head = String.fromCharCode(...got.subarray(0, end)).split("\r\n");
  const body = got.subarray(end + 4);
  const length = head.find((l) => l.startsWith("content-length:"));
  const span = body.length ? `, ${body[0]} ... ${body[body.length - 1]}` : "";
  print(`${head[0]} | ${length} | ${body.length} bytes${span}`);
}
await fetchRaw();
await fetchRaw("bytes=250-");
await fetchRaw("bytes=0-2");
await fetchRaw("bytes=256-");
await server.shutdown();
Toy.removeSync(dir, { recursive: true });
