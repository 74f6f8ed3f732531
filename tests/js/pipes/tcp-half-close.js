// Closing a connection's writable while its readable is still in use
// shuts down only the writing half: the server reads the request to its
// end, then answers on the same connection, and the client reads the
// answer through its readable. The rid closes once every stream made
// over it is done with it, so the readable is made before the writable
// closes.
// needs: pipes
// perms: --allow-net=127.0.0.1
// expect: server got: question
// expect: client got: answer to question
// expect: open: none
import { openResources, readText } from "./_bytes.js";

const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
const served = (async () => {
  const conn = await listener.accept();
  listener.close();
  const writer = conn.writable.getWriter();   // made first, as the client's readable
  const text = await readText(conn.readable);
  print(`server got: ${text}`);
  await writer.write(new TextEncoder().encode(`answer to ${text}`));
  await writer.close();
})();
const conn = await Toy.connect({ hostname: "127.0.0.1", port: listener.addr.port });
const readable = conn.readable;        // made first: the rid stays open for it
const writer = conn.writable.getWriter();
await writer.write(new TextEncoder().encode("question"));
await writer.close();
const answer = await readText(readable);
await served;
print(`client got: ${answer}`);
print(`open: ${openResources()}`);
