// One Unix listener serves several clients at once, each on its own
// connection, and TCP keeps working beside it in the same program.
// needs: net fsx
// perms: --allow-read --allow-write --allow-net=127.0.0.1
// expect: client 0: ZERO
// expect: client 1: ONE
// expect: client 2: TWO
// expect: tcp: tcp still works
import { tempDir } from "./_dir.js";
const t = await tempDir();
const enc = new TextEncoder(), dec = new TextDecoder();
// Reads until the peer ends its side.
async function readAll(conn) {
  const buf = new Uint8Array(16);
  let text = "";
  for (let n; (n = await conn.read(buf)) !== null;) text += dec.decode(buf.subarray(0, n));
  return text;
}
// Answers each connection with what it sent, upper-cased.
async function serve(listener) {
  for await (const conn of listener) {
    (async () => {
      const text = await readAll(conn);
      await conn.write(enc.encode(text.toUpperCase()));
      conn.close();
    })();
  }
}
const unix = Toy.listen({ transport: "unix", path: t.path("m.sock") });
const tcp = Toy.listen({ hostname: "127.0.0.1", port: 0 });
serve(unix);
serve(tcp);
async function ask(options, text) {
  const conn = await Toy.connect(options);
  await conn.write(enc.encode(text));
  await conn.closeWrite();
  const answer = await readAll(conn);
  conn.close();
  return answer;
}
const words = ["zero", "one", "two"];
const answers = await Promise.all(words.map((w) => ask({ transport: "unix", path: t.path("m.sock") }, w)));
answers.forEach((a, i) => print(`client ${i}: ${a}`));
print(`tcp: ${(await ask({ port: tcp.addr.port }, "TCP still works")).toLowerCase()}`);
unix.close();
tcp.close();
await t.remove();
