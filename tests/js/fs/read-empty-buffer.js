// Reading into an empty buffer gives 0, not null, even at the end of the
// file: null means "end of file", and an empty read says nothing about it.
// needs: fs
// perms: --allow-read --allow-write
// expect: 0 0
// expect: null null
// expect: 0 0
const path = `/tmp/toyjs-test-read-empty-buf-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "abc");
const f = Toy.openSync(path);
const empty = new Uint8Array(0);
async function main() {
  print(f.readSync(empty), await f.read(empty));
  f.seekSync(0, Toy.SeekMode.End);
  print(f.readSync(new Uint8Array(8)), await f.read(new Uint8Array(8)));
  print(f.readSync(empty), await f.read(empty));
  f.close();
}
main();
