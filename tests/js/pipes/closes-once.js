// A rid shared by a readable and a writable is closed once, by the last
// of them to finish, and never again: counted with op_close's metrics,
// copying a file into itself (read at the start, written at the end of a
// file opened for both), a TCP exchange where each side uses both
// streams, and a cancel and an abort on one file each make exactly one
// close per rid, none of which fails.
// needs: pipes fsx
// perms: --allow-read --allow-write --allow-net=127.0.0.1
// expect: file read and written: 1 close, 0 failed
// expect: tcp, both ends, both streams: 2 closes, 0 failed
// expect: cancel then abort: 1 close, 0 failed
// expect: open: none
import { openResources, readText } from "./_bytes.js";

const closes = () => {
  const m = Toy.core.metrics().ops.op_close ?? { dispatched: 0, failed: 0 };
  return [m.dispatched, m.failed];
};
function since([d0, f0]) {
  const [d, f] = closes();
  return `${d - d0} close${d - d0 === 1 ? "" : "s"}, ${f - f0} failed`;
}

const dir = await Toy.makeTempDir();
await Toy.writeFile(`${dir}/f`, new TextEncoder().encode("abc"));
let start = closes();
const file = await Toy.open(`${dir}/f`, { read: true, write: true });
const readable = file.readable;
await file.seek(0, Toy.SeekMode.End);            // writes go after what is read
const text = await readText(readable);
const writer = file.writable.getWriter();
await writer.write(new TextEncoder().encode(text));
await writer.close();
print(`file read and written: ${since(start)}`);

start = closes();
const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
const served = (async () => {
  const conn = await listener.accept();
  listener.close();
  const out = conn.writable.getWriter();
  await out.write(new TextEncoder().encode(`echo ${await readText(conn.readable)}`));
  await out.close();
})();
const conn = await Toy.connect({ hostname: "127.0.0.1", port: listener.addr.port });
const answer = conn.readable;
const request = conn.writable.getWriter();
await request.write(new TextEncoder().encode("hi"));
await request.close();
await readText(answer);
await served;
// The listener's close is one more: counted out.
const [d, f] = closes();
print(`tcp, both ends, both streams: ${d - start[0] - 1} closes, ${f - start[1]} failed`);

start = closes();
const both = await Toy.open(`${dir}/f`, { read: true, write: true });
await both.readable.cancel();
await both.writable.abort();
print(`cancel then abort: ${since(start)}`);
print(`open: ${openResources()}`);
await Toy.remove(dir, { recursive: true });
