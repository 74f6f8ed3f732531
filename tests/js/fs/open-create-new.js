// {createNew} makes a file that must not exist yet: on a fresh path it
// works, on an existing one it fails with AlreadyExists and Deno's
// message, naming the call and the path.
// needs: fs
// perms: --allow-read --allow-write
// expect: created
// expect: true AlreadyExists ok
// expect: async true AlreadyExists ok
const path = `/tmp/toyjs-test-create-new-${Math.random().toString(36).slice(2)}.txt`;
Toy.openSync(path, { write: true, createNew: true }).close();
print("created");
const want = `File exists (os error 17): open '${path}'`;
try {
  Toy.openSync(path, { write: true, createNew: true });
  print("opened again");
} catch (e) {
  print(e instanceof Toy.errors.AlreadyExists, e.name, e.message === want ? "ok" : e.message);
}
Toy.open(path, { write: true, createNew: true }).then(
  () => print("opened again"),
  (e) => print("async", e instanceof Toy.errors.AlreadyExists, e.name,
               e.message === want ? "ok" : e.message),
);
