// writeFile with {create: false} only writes a file that exists: a missing
// one is NotFound, named with Deno's message and the writefile call.
// needs: fs
// perms: --allow-read --allow-write
// expect: sync NotFound ok
// expect: async NotFound ok
// expect: text NotFound ok
// expect: replaced
const path = `/tmp/toyjs-test-create-false-${Math.random().toString(36).slice(2)}.txt`;
const want = `No such file or directory (os error 2): writefile '${path}'`;
const report = (what, e) =>
  print(what, e instanceof Toy.errors.NotFound ? e.name : "?", e.message === want ? "ok" : e.message);
try {
  Toy.writeFileSync(path, new Uint8Array(1), { create: false });
  print("written");
} catch (e) {
  report("sync", e);
}
Toy.writeFile(path, new Uint8Array(1), { create: false })
  .then(() => print("written"), (e) => report("async", e))
  .then(() => Toy.writeTextFile(path, "x", { create: false }))
  .then(() => print("written"), (e) => report("text", e))
  .then(() => {
    Toy.writeTextFileSync(path, "old contents");
    Toy.writeTextFileSync(path, "replaced", { create: false });
    print(Toy.readTextFileSync(path));
  });
