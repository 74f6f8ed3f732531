// A collection leaves alone an FsFile the program still holds: it stays in
// the table and keeps working.
// needs: resources fs
// perms: --allow-read --allow-write
// flags: --v8-flags=--expose-gc
// expect: {"0":"stdin","1":"stdout","2":"stderr","3":"fsFile"}
// expect: kept
const path = `/tmp/toyjs-test-gc-kept-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "kept");
const f = Toy.openSync(path);
gc();
gc();
print(JSON.stringify(Toy.resources()));
const buf = new Uint8Array(8);
print(String.fromCharCode(...buf.subarray(0, f.readSync(buf))));
f.close();
