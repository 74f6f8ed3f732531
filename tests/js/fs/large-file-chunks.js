// A file over 64 MiB, read back through an FsFile in 1 MiB chunks (async,
// then sync after a seek to the start), gives the same bytes in order, and
// then null at the end.
// needs: fs
// perms: --allow-read --allow-write
// expect: async 68157563 bytes, same: true, then null
// expect: sync 68157563 bytes, same: true, then null
const path = `/tmp/toyjs-test-large-chunks-${Math.random().toString(36).slice(2)}.bin`;
const N = 65 * 1024 * 1024 + 123;
const byteAt = (i) => ((Math.imul(i, 2654435761) >>> 24) ^ i) & 0xff;
const data = new Uint8Array(N);
for (let i = 0; i < N; i++) data[i] = byteAt(i);
Toy.writeFileSync(path, data);
const chunk = new Uint8Array(1024 * 1024);
function check(n, offset) {
  for (let i = 0; i < n; i++) if (chunk[i] !== data[offset + i]) return false;
  return true;
}
async function main() {
  const f = await Toy.open(path);
  try {
    let total = 0, ok = true, n;
    while ((n = await f.read(chunk)) !== null) {
      ok = ok && check(n, total);
      total += n;
    }
    print("async", total, "bytes, same:", `${ok},`, "then", n);
    f.seekSync(0, Toy.SeekMode.Start);
    total = 0;
    ok = true;
    while ((n = f.readSync(chunk)) !== null) {
      ok = ok && check(n, total);
      total += n;
    }
    print("sync", total, "bytes, same:", `${ok},`, "then", n);
  } finally {
    f.close();
    Toy.writeFileSync(path, new Uint8Array(0));
  }
}
main();
