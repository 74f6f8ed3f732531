// A server on every core, as `deno serve --parallel` has it: two workers
// each serve on one port with reusePort, each on its own thread and loop,
// and the kernel deals the connections out between them. Each client
// port is new, so the chance that 200 connections all reach one worker is
// 2 ** -199. Each worker inherits --allow-net.
// needs: workers
// perms: --allow-net
// expect: both answered: a,b
const url = new URL("./fixtures/reuse-serve.js", import.meta.url);
const next = (w) => new Promise((resolve) => { w.onmessage = (e) => resolve(e.data); });
const a = new Worker(url, { type: "module" });
const b = new Worker(url, { type: "module" });
a.postMessage({ name: "a", port: 0 });
const port = await next(a);
b.postMessage({ name: "b", port });
if (await next(b) !== port) throw new Error("b listens elsewhere");

const enc = new TextEncoder();
const dec = new TextDecoder();
async function ask() {
  const conn = await Toy.connect({ hostname: "127.0.0.1", port });
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
a.postMessage("stop");
b.postMessage("stop");
