// writeFile with {append: true} adds to the end instead of replacing, and
// still creates a missing file.
// needs: fs
// perms: --allow-read --allow-write
// expect: abc
// expect: abcdef
// expect: abcdefgh
const path = `/tmp/toyjs-test-append-${Math.random().toString(36).slice(2)}.txt`;
const bytes = (s) => Uint8Array.from(s, (c) => c.charCodeAt(0));
Toy.writeFileSync(path, bytes("abc"), { append: true });
print(Toy.readTextFileSync(path));
Toy.writeFileSync(path, bytes("def"), { append: true });
print(Toy.readTextFileSync(path));
Toy.writeTextFile(path, "gh", { append: true }).then(() => print(Toy.readTextFileSync(path)));
