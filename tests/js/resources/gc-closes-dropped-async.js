// The same for a file from the async Toy.open: once the program no longer
// holds the FsFile, a collection closes its rid.
// needs: resources fs
// perms: --allow-read --allow-write
// flags: --v8-flags=--expose-gc
// expect: opened 3
// expect: {"0":"stdin","1":"stdout","2":"stderr"}
const path = `/tmp/toyjs-test-gc-dropped-async-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "x");
async function openAndDrop() {
  const f = await Toy.open(path);
  print("opened", f.rid);
}
openAndDrop().then(() => {
  gc();
  print(JSON.stringify(Toy.resources()));
});
