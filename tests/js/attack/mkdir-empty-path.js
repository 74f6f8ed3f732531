// mkdir of the empty path, plain and recursive: the recursive one once
// read a byte past the path (AddressSanitizer reported it). Both fail as
// Deno's do, NotFound, and the message names the op, mkdir, not the
// check's own lookup.
// needs: fsx perms
// perms: --allow-write
// expect: false NotFound No such file or directory (os error 2): mkdir ''
// expect: true NotFound No such file or directory (os error 2): mkdir ''
for (const recursive of [false, true]) {
  try {
    Toy.mkdirSync("", { recursive });
    print(recursive, "made");
  } catch (e) {
    print(recursive, e.name, e.message);
  }
}
