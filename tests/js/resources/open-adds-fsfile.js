// Opening a file adds an "fsFile" resource under the next rid, and the
// FsFile holds that rid; a second file gets the rid after it.
// needs: resources fs
// perms: --allow-read --allow-write
// expect: 3 true
// expect: {"0":"stdin","1":"stdout","2":"stderr","3":"fsFile"}
// expect: 4
// expect: {"0":"stdin","1":"stdout","2":"stderr","3":"fsFile","4":"fsFile"}
const path = `/tmp/toyjs-test-open-adds-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "x");
const a = Toy.openSync(path);
print(a.rid, a instanceof Toy.FsFile);
print(JSON.stringify(Toy.resources()));
const b = Toy.openSync(path);
print(b.rid);
print(JSON.stringify(Toy.resources()));
a.close();
b.close();
