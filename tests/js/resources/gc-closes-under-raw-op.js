// When a collection closes a dropped file's rid while a raw op_fs_read on
// it is still in flight, the op's own reference keeps the descriptor open:
// the read completes with the file's bytes, and the rid is gone.
// needs: resources fs
// perms: --allow-read --allow-write
// flags: --v8-flags=--expose-gc
// expect: {"0":"stdin","1":"stdout","2":"stderr"}
// expect: raw read 10 still here
const path = `/tmp/toyjs-test-gc-raw-op-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "still here");
const buf = new Uint8Array(16);
const rid = (() => Toy.openSync(path).rid)();
const reading = Toy.core.ops.op_fs_read(rid, buf);
gc();
print(JSON.stringify(Toy.resources()));
reading.then((n) => print("raw read", n, String.fromCharCode(...buf.subarray(0, n))));
