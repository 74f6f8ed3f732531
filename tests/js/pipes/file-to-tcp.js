// A file piped into a TCP connection's writable arrives whole at the
// other end, which reads it with the connection's readable; when the
// pipe ends the client's socket closes, the server reads the end, and no
// rid is left open on either side.
// needs: pipes fsx
// perms: --allow-read --allow-write --allow-net=127.0.0.1
// expect: server read 2097169 bytes: same
// expect: open: none
import { firstDifference, openResources, pattern, readBytes } from "./_bytes.js";

const dir = await Toy.makeTempDir();
const bytes = pattern(2 * 1024 * 1024 + 17, 7);
await Toy.writeFile(`${dir}/from`, bytes);
const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
const served = (async () => {
  const conn = await listener.accept();
  listener.close();
  return readBytes(conn.readable);
})();
const conn = await Toy.connect({ hostname: "127.0.0.1", port: listener.addr.port });
const file = await Toy.open(`${dir}/from`);
await file.readable.pipeTo(conn.writable);
const got = await served;
const at = firstDifference(bytes, got);
print(`server read ${got.length} bytes: ${at < 0 ? "same" : `differs at ${at}`}`);
print(`open: ${openResources()}`);
await Toy.remove(dir, { recursive: true });
