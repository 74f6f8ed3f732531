// writeFile and writeFileSync create the file and write the bytes; they
// resolve or return undefined. Writing again replaces the whole file,
// even with something shorter.
// needs: fs
// perms: --allow-read --allow-write
// expect: undefined 1,2,3,4,5
// expect: undefined 9,8
const path = `/tmp/toyjs-test-write-file-${Math.random().toString(36).slice(2)}.bin`;
print(Toy.writeFileSync(path, Uint8Array.from([1, 2, 3, 4, 5])), Toy.readFileSync(path).join());
Toy.writeFile(path, Uint8Array.from([9, 8])).then((r) => print(r, Toy.readFileSync(path).join()));
