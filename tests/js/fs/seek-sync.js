// seekSync is seek's sync twin, and a bigint offset is accepted as Deno
// accepts one.
// needs: fs
// perms: --allow-read --allow-write
// expect: 3 d
// expect: 5 f
// expect: 9 j
// expect: 1 b
const path = `/tmp/toyjs-test-seek-sync-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "abcdefghij");
const f = Toy.openSync(path);
const one = new Uint8Array(1);
const show = (pos) => {
  f.readSync(one);
  print(pos, String.fromCharCode(one[0]));
};
show(f.seekSync(3, Toy.SeekMode.Start));
show(f.seekSync(1, Toy.SeekMode.Current));
show(f.seekSync(-1, Toy.SeekMode.End));
show(f.seekSync(1n));
f.close();
