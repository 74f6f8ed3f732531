// A file over 64 MiB (65 MiB + 123 bytes of a varied pattern) goes through
// writeFile and comes back from readFile byte for byte: the whole-file ops
// have no size limit of their own and do not lose a tail.
// needs: fs
// perms: --allow-read --allow-write
// expect: 68157563 bytes, same: true
// expect: sync 68157563 bytes, same: true
const path = `/tmp/toyjs-test-large-${Math.random().toString(36).slice(2)}.bin`;
const N = 65 * 1024 * 1024 + 123;
const byteAt = (i) => ((Math.imul(i, 2654435761) >>> 24) ^ i) & 0xff;
const data = new Uint8Array(N);
for (let i = 0; i < N; i++) data[i] = byteAt(i);
function same(back) {
  if (back.length !== N) return false;
  for (let i = 0; i < N; i++) if (back[i] !== data[i]) return false;
  return true;
}
async function main() {
  try {
    await Toy.writeFile(path, data);
    let back = await Toy.readFile(path);
    print(back.length, "bytes, same:", same(back));
    back = null;
    back = Toy.readFileSync(path);
    print("sync", back.length, "bytes, same:", same(back));
  } finally {
    Toy.writeFileSync(path, new Uint8Array(0));   // give the disk back
  }
}
main();
