// {append} writes always go to the end of the file, even after seeking
// back to the start; {append, create} makes the file if it is missing.
// needs: fs
// perms: --allow-read --allow-write
// expect: one two three
// expect: fresh
const path = `/tmp/toyjs-test-open-append-${Math.random().toString(36).slice(2)}.txt`;
const bytes = (s) => Uint8Array.from(s, (c) => c.charCodeAt(0));
Toy.writeTextFileSync(path, "one");
const f = Toy.openSync(path, { append: true });
f.writeSync(bytes(" two"));
f.seekSync(0, Toy.SeekMode.Start);
f.writeSync(bytes(" three"));
f.close();
print(Toy.readTextFileSync(path));
const path2 = `${path}-2`;
const g = Toy.openSync(path2, { append: true, create: true });
g.writeSync(bytes("fresh"));
g.close();
print(Toy.readTextFileSync(path2));
