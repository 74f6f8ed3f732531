// readFile and readFileSync give the file's exact bytes as a Uint8Array,
// every value from 0 to 255 included.
// needs: fs
// perms: --allow-read --allow-write
// expect: true 256 true
// expect: true 256 true
const path = `/tmp/toyjs-test-read-bytes-${Math.random().toString(36).slice(2)}.bin`;
const all = new Uint8Array(256);
for (let i = 0; i < 256; i++) all[i] = 255 - i;
Toy.writeFileSync(path, all);
const same = (a) => a.length === all.length && a.every((b, i) => b === all[i]);
const a = Toy.readFileSync(path);
print(a instanceof Uint8Array, a.length, same(a));
Toy.readFile(path).then((b) => print(b instanceof Uint8Array, b.length, same(b)));
