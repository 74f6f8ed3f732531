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
// The files left open are kept reachable until they have been counted: a
// collection V8 starts on its own (its tasks run on the loop) must not
// take them before.
let kept = [];
function churn() {
  for (let i = 0; i < 100; i++) {
    const f = Toy.openSync(path);
    if (i % 2 === 0) f.close();
    else kept.push(f);
  }
}
churn();
print(Object.values(Toy.resources()).filter((n) => n === "fsFile").length, "open");
kept = null;
gc();
gc();
print(JSON.stringify(Toy.resources()));
held.close();
