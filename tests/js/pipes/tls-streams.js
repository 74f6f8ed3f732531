// A TlsConn's readable and writable go through TLS: they are the Conn's
// streams over the TlsConn's own read, write and closeWrite. The client
// writes a request and closes its writable; the server echoes what it
// reads back, upper-cased, through its own pair of streams.
// needs: pipes
// perms: --allow-net --allow-read=tests/fixtures/tls
// expect: client got: HELLO OVER TLS
// expect: open: none
import { dir, listenLocal } from "../tls/_tls.js";
import { openResources, readText } from "./_bytes.js";

const listener = listenLocal();
const served = (async () => {
  const conn = await listener.accept();
  listener.close();
  const upper = new TransformStream({
    transform(chunk, controller) {
      controller.enqueue(chunk.map((b) => (b >= 97 && b <= 122 ? b - 32 : b)));
    },
  });
  await conn.readable.pipeThrough(upper).pipeTo(conn.writable);
})();
const conn = await Toy.connectTls({
  hostname: "localhost",
  port: listener.addr.port,
  caCerts: [Toy.readTextFileSync(`${dir}/ca.pem`)],
});
const readable = conn.readable;        // made first: the rid stays open for it
const writer = conn.writable.getWriter();
await writer.write(new TextEncoder().encode("hello over tls"));
await writer.close();
const answer = await readText(readable);
await served;
print(`client got: ${answer}`);
print(`open: ${openResources()}`);
