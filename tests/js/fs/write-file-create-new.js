// writeFile with {createNew: true} writes only a file that does not exist
// yet, and leaves an existing one as it was.
// needs: fs
// perms: --allow-read --allow-write
// expect: first
// expect: AlreadyExists ok
// expect: AlreadyExists ok
// expect: first
const path = `/tmp/toyjs-test-wf-create-new-${Math.random().toString(36).slice(2)}.txt`;
const want = `File exists (os error 17): writefile '${path}'`;
Toy.writeTextFileSync(path, "first", { createNew: true });
print(Toy.readTextFileSync(path));
try {
  Toy.writeTextFileSync(path, "second", { createNew: true });
} catch (e) {
  print(e instanceof Toy.errors.AlreadyExists ? e.name : "?", e.message === want ? "ok" : e.message);
}
Toy.writeFile(path, new Uint8Array(3), { createNew: true }).then(
  () => print("written"),
  (e) => {
    print(e instanceof Toy.errors.AlreadyExists ? e.name : "?", e.message === want ? "ok" : e.message);
    print(Toy.readTextFileSync(path));
  },
);
