// An empty file reads as an empty Uint8Array, an empty string, and an
// FsFile whose first read is already the end.
// needs: fs
// perms: --allow-read --allow-write
// expect: true 0
// expect: true 0
// expect: "" ""
// expect: null null
const path = `/tmp/toyjs-test-empty-file-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeFileSync(path, new Uint8Array(0));
async function main() {
  const a = Toy.readFileSync(path);
  const b = await Toy.readFile(path);
  print(a instanceof Uint8Array, a.length);
  print(b instanceof Uint8Array, b.length);
  print(JSON.stringify(Toy.readTextFileSync(path)), JSON.stringify(await Toy.readTextFile(path)));
  const f = await Toy.open(path);
  print(f.readSync(new Uint8Array(4)), await f.read(new Uint8Array(4)));
  f.close();
}
main();
