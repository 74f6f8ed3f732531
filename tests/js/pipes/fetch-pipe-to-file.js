// The example of the talk: a fetch's body piped into a file, against a
// local Toy.serve that answers with a stream of known bytes (several
// chunks, 3 MiB in all). The file holds the body byte for byte. The
// file's writable side is FsFile.writable; where this runtime does not
// have it yet, a WritableStream over file.write stands in for it.
// needs: pipes fsx
// perms: --allow-net --allow-read --allow-write
// expect: size: 3145728, same bytes: true
const SIZE = 3 * 1024 * 1024;
const byteAt = (i) => (i * 31 + (i >> 12)) & 0xff;
const server = Toy.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, () => {
  let sent = 0;
  return new Response(new ReadableStream({
    pull(c) {
      if (sent === SIZE) return c.close();
      const chunk = new Uint8Array(Math.min(100 * 1024 + 7, SIZE - sent));
      for (let i = 0; i < chunk.length; i++) chunk[i] = byteAt(sent + i);
      sent += chunk.length;
      c.enqueue(chunk);
    },
  }));
});
const url = `http://127.0.0.1:${server.addr.port}/file`;
const dir = await Toy.makeTempDir();
const path = `${dir}/out.bin`;

const file = await Toy.open(path, { write: true, create: true });
const writable = "writable" in file ? file.writable : new WritableStream({
  async write(chunk) {
    for (let at = 0; at < chunk.length;) at += await file.write(chunk.subarray(at));
  },
  close() {
    file.close();
  },
});
const res = await fetch(url);
await res.body.pipeTo(writable);

const got = await Toy.readFile(path);
let same = got.length === SIZE;
for (let i = 0; same && i < got.length; i++) same = got[i] === byteAt(i);
print(`size: ${got.length}, same bytes: ${same}`);
await Toy.remove(dir, { recursive: true });
await server.shutdown();
