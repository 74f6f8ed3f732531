// A file with a read in flight is not collected from under it: the read
// keeps its FsFile alive until it settles, and only then can a collection
// close the dropped file.
// needs: resources fs
// perms: --allow-read --allow-write
// flags: --v8-flags=--expose-gc
// expect: {"0":"stdin","1":"stdout","2":"stderr","3":"fsFile"}
// expect: read 8 in light
// expect: {"0":"stdin","1":"stdout","2":"stderr"}
const path = `/tmp/toyjs-test-gc-during-read-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "in light");
const buf = new Uint8Array(16);
const reading = Toy.openSync(path).read(buf);
gc();
print(JSON.stringify(Toy.resources()));
reading.then((n) => {
  print("read", n, String.fromCharCode(...buf.subarray(0, n)));
  gc();
  print(JSON.stringify(Toy.resources()));
});
