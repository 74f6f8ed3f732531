// Two hundred files open at once: each its own rid, all listed by
// Toy.resources(), each readable on its own; closing them all leaves only
// the standard streams.
// needs: resources fs
// perms: --allow-read --allow-write
// expect: 200 200 true
// expect: 200 files read
// expect: {"0":"stdin","1":"stdout","2":"stderr"}
const base = `/tmp/toyjs-test-many-open-${Math.random().toString(36).slice(2)}`;
const files = [];
for (let i = 0; i < 200; i++) {
  Toy.writeTextFileSync(`${base}-${i}.txt`, `file ${i}`);
  files.push(Toy.openSync(`${base}-${i}.txt`));
}
const table = Toy.resources();
const listed = files.filter((f) => table[f.rid] === "fsFile").length;
const distinct = new Set(files.map((f) => f.rid)).size;
print(listed, distinct, Object.keys(table).length === 203);
let good = 0;
for (let i = 0; i < 200; i++) {
  const buf = new Uint8Array(32);
  const n = files[i].readSync(buf);
  if (String.fromCharCode(...buf.subarray(0, n)) === `file ${i}`) good++;
}
print(good, "files read");
for (const f of files) f.close();
print(JSON.stringify(Toy.resources()));
