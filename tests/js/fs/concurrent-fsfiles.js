// Reads and writes on several FsFiles in flight at once: each resolves
// with its own file's bytes, and the writes all land.
// needs: fs
// perms: --allow-read --allow-write
// expect: 10 reads, all right: true
// expect: 10 writes, all right: true
// expect: {"0":"stdin","1":"stdout","2":"stderr"}
const base = `/tmp/toyjs-test-concurrent-files-${Math.random().toString(36).slice(2)}`;
const ids = Array.from({ length: 10 }, (_, i) => i);
const bytes = (s) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const text = (b, n) => String.fromCharCode(...b.subarray(0, n));
for (const i of ids) Toy.writeTextFileSync(`${base}-r${i}.txt`, `reader number ${i}`);
async function main() {
  const readers = await Promise.all(ids.map((i) => Toy.open(`${base}-r${i}.txt`)));
  const bufs = ids.map(() => new Uint8Array(64));
  const counts = await Promise.all(readers.map((f, i) => f.read(bufs[i])));
  print(counts.length, "reads, all right:",
        counts.every((n, i) => text(bufs[i], n) === `reader number ${i}`));
  const writers = await Promise.all(
    ids.map((i) => Toy.open(`${base}-w${i}.txt`, { write: true, create: true, truncate: true })));
  const written = await Promise.all(writers.map((f, i) => f.write(bytes(`writer ${i}`))));
  for (const f of [...readers, ...writers]) f.close();
  print(written.length, "writes, all right:",
        written.every((n, i) => n === `writer ${i}`.length &&
                                Toy.readTextFileSync(`${base}-w${i}.txt`) === `writer ${i}`));
  print(JSON.stringify(Toy.resources()));
}
main();
