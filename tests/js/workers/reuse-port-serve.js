// Two servers with reusePort on one port: the kernel hands each new
// connection to one of them (by a hash of its addresses and ports), so
// over enough connections both answer. Each client port is new, so the
// chance that 200 connections all go to one server is 2 ** -199.
// needs: workers
// perms: --allow-net
// expect: both answered: one,two
// expect: same port: true
const hostname = "127.0.0.1";
const quiet = () => {};
const one = Toy.serve({ hostname, port: 0, reusePort: true, onListen: quiet }, () => new Response("one"));
const port = one.addr.port;
const two = Toy.serve({ hostname, port, reusePort: true, onListen: quiet }, () => new Response("two"));

const enc = new TextEncoder();
const dec = new TextDecoder();
async function ask() {
  const conn = await Toy.connect({ hostname, port });
  await conn.write(enc.encode("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"));
  const buf = new Uint8Array(1024);
  let text = "";
  let n;
  while ((n = await conn.read(buf)) !== null) text += dec.decode(buf.subarray(0, n));
  conn.close();
  return text.slice(text.indexOf("\r\n\r\n") + 4);
}
const seen = new Set();
for (let i = 0; i < 200 && seen.size < 2; i++) seen.add(await ask());
print("both answered:", [...seen].sort().join(","));
print("same port:", two.addr.port === port);
await one.shutdown();
await two.shutdown();
