// {write, truncate} empties an existing file on open.
// needs: fs
// perms: --allow-read --allow-write
// expect: 0
// expect: new
const path = `/tmp/toyjs-test-open-truncate-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "a much longer old content");
const f = Toy.openSync(path, { write: true, truncate: true });
print(Toy.readFileSync(path).length);
f.writeSync(Uint8Array.from("new", (c) => c.charCodeAt(0)));
f.close();
print(Toy.readTextFileSync(path));
