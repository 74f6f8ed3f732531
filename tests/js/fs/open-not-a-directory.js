// A path that goes through a regular file as if it were a directory is
// NotADirectory; opening a directory for writing is IsADirectory.
// needs: fs
// perms: --allow-read --allow-write
// expect: NotADirectory ok
// expect: IsADirectory Is a directory (os error 21): open '/tmp'
const path = `/tmp/toyjs-test-not-a-dir-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "x");
try {
  Toy.openSync(`${path}/inside`);
} catch (e) {
  print(e.name, e.message === `Not a directory (os error 20): open '${path}/inside'` ? "ok" : e.message);
}
try {
  Toy.openSync("/tmp", { write: true });
} catch (e) {
  print(e.name, e.message);
}
