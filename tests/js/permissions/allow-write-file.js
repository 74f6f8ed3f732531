// --allow-write=FILE grants that one file: writing it works, a file next
// to it is denied, and reading it back needs read access of its own.
// needs: perms
// perms: --allow-write=/tmp/toyjs-perms-allow-write.txt
// expect: wrote
// expect: Requires write access to "/tmp/toyjs-perms-allow-write.txt2", run again with the --allow-write flag
// expect: Requires read access to "/tmp/toyjs-perms-allow-write.txt", run again with the --allow-read flag
Toy.writeTextFileSync("/tmp/toyjs-perms-allow-write.txt", "hello\n");
print("wrote");
for (const fn of [
  () => Toy.writeTextFileSync("/tmp/toyjs-perms-allow-write.txt2", "x"),
  () => Toy.readTextFileSync("/tmp/toyjs-perms-allow-write.txt"),
]) {
  try {
    fn();
    print("allowed");
  } catch (e) {
    print(e.message);
  }
}
