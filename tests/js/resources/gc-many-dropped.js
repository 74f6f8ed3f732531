// Many dropped FsFiles, some closed by the program and some not, are all
// gone after a collection, and a file still held survives it.
// needs: resources fs
// perms: --allow-read --allow-write
// flags: --v8-flags=--expose-gc
// expect: 51 open
// expect: {"0":"stdin","1":"stdout","2":"stderr","3":"fsFile"}
const path = `/tmp/toyjs-test-gc-many-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "x");
const held = Toy.openSync(path);
function churn() {
  for (let i = 0; i < 100; i++) {
    const f = Toy.openSync(path);
    if (i % 2 === 0) f.close();
  }
}
churn();
print(Object.values(Toy.resources()).filter((n) => n === "fsFile").length, "open");
gc();
gc();
print(JSON.stringify(Toy.resources()));
held.close();
