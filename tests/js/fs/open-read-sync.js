// The sync forms: openSync gives an FsFile right away, readSync the count
// or null at the end of the file.
// needs: fs
// perms: --allow-read --allow-write
// expect: true
// expect: 4 abcd
// expect: 2 ef
// expect: null
const path = `/tmp/toyjs-test-open-read-sync-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "abcdef");
const f = Toy.openSync(path, { read: true });
print(f instanceof Toy.FsFile);
const buf = new Uint8Array(4);
let n = f.readSync(buf);
print(n, String.fromCharCode(...buf.subarray(0, n)));
n = f.readSync(buf);
print(n, String.fromCharCode(...buf.subarray(0, n)));
print(f.readSync(buf));
f.close();
