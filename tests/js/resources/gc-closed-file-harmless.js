// An FsFile closed by the program and collected later closes nothing else:
// A is opened and closed, B opened, then A is collected, and B is still
// open and readable.
// needs: resources fs
// perms: --allow-read --allow-write
// flags: --v8-flags=--expose-gc
// expect: A 3 B 4
// expect: {"0":"stdin","1":"stdout","2":"stderr","4":"fsFile"}
// expect: B still reads
const path = `/tmp/toyjs-test-gc-closed-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "B still reads");
let a = Toy.openSync(path);
a.close();
const b = Toy.openSync(path);
print("A", a.rid, "B", b.rid);
a = null;
gc();
gc();
print(JSON.stringify(Toy.resources()));
const buf = new Uint8Array(32);
print(String.fromCharCode(...buf.subarray(0, b.readSync(buf))));
b.close();
