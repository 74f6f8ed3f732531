// A Unix socket carries bytes both ways like a TCP connection: a server
// listening on a path echoes what a client sends, until the client ends
// its side with closeWrite(), and both see the end of the stream.
// needs: net fsx
// perms: --allow-read --allow-write
// expect: server read: 27 bytes
// expect: echoed: hello over a Unix socket!
// expect: client end: null
import { tempDir } from "./_dir.js";
const t = await tempDir();
const listener = Toy.listen({ transport: "unix", path: t.path("echo.sock") });
const served = (async () => {
  const conn = await listener.accept();
  const buf = new Uint8Array(8);        // small: the echo takes several reads
  let total = 0;
  for (let n; (n = await conn.read(buf)) !== null;) {
    total += n;
    await conn.write(buf.slice(0, n));
  }
  print(`server read: ${total} bytes`);
  conn.close();
})();
const conn = await Toy.connect({ transport: "unix", path: t.path("echo.sock") });
await conn.write(new TextEncoder().encode("hello over a Unix socket!\r\n"));
await conn.closeWrite();
await served;
const buf = new Uint8Array(64);
let text = "";
let n;
while ((n = await conn.read(buf)) !== null) text += new TextDecoder().decode(buf.subarray(0, n));
print(`echoed: ${text.trimEnd()}`);
print(`client end: ${n}`);
conn.close();
listener.close();
await t.remove();
