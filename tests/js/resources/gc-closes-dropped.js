// An FsFile dropped while still open is closed by the garbage collector:
// its rid leaves the table, so a leaked file does not leak a descriptor.
// needs: resources fs
// perms: --allow-read --allow-write
// flags: --v8-flags=--expose-gc
// expect: {"0":"stdin","1":"stdout","2":"stderr","3":"fsFile"}
// expect: {"0":"stdin","1":"stdout","2":"stderr"}
const path = `/tmp/toyjs-test-gc-dropped-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "x");
function openAndDrop() {
  Toy.openSync(path);
}
openAndDrop();
print(JSON.stringify(Toy.resources()));
gc();
print(JSON.stringify(Toy.resources()));
