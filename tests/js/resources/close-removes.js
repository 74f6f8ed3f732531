// Toy.close(rid) and FsFile.close() both take the rid out of the table,
// and both return undefined.
// needs: resources fs
// perms: --allow-read --allow-write
// expect: {"0":"stdin","1":"stdout","2":"stderr","3":"fsFile","4":"fsFile"}
// expect: undefined
// expect: {"0":"stdin","1":"stdout","2":"stderr","4":"fsFile"}
// expect: undefined
// expect: {"0":"stdin","1":"stdout","2":"stderr"}
const path = `/tmp/toyjs-test-close-removes-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "x");
const a = Toy.openSync(path);
const b = Toy.openSync(path);
print(JSON.stringify(Toy.resources()));
print(Toy.close(a.rid));
print(JSON.stringify(Toy.resources()));
print(b.close());
print(JSON.stringify(Toy.resources()));
