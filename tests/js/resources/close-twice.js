// Closing a rid that was already closed throws Toy.errors.BadResource,
// an Error named "BadResource" with Deno's message, both through
// Toy.close and through FsFile.close.
// needs: resources fs
// perms: --allow-read --allow-write
// expect: true true BadResource Bad resource ID
// expect: true true BadResource Bad resource ID
// expect: {"0":"stdin","1":"stdout","2":"stderr"}
const path = `/tmp/toyjs-test-close-twice-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "x");
const f = Toy.openSync(path);
Toy.close(f.rid);
try {
  Toy.close(f.rid);
  print("closed twice");
} catch (e) {
  print(e instanceof Toy.errors.BadResource, e instanceof Error, e.name, e.message);
}
try {
  f.close();
  print("closed twice");
} catch (e) {
  print(e instanceof Toy.errors.BadResource, e instanceof Error, e.name, e.message);
}
print(JSON.stringify(Toy.resources()));
