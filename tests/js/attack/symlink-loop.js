// A symlink loop inside a granted folder is the OS's error to report
// (too many levels of symbolic links), not a permission failure, and
// never an "out of memory".
// needs: perms
// perms: --allow-read=${DIR}/fixtures/granted
// expect: loop: not PermissionDenied
import { FIX } from "./_attempt.js";
try {
  Toy.readTextFileSync(FIX + "/granted/loop1");
  print("loop: read");
} catch (e) {
  print("loop: " + (e instanceof Toy.errors.PermissionDenied ? `PermissionDenied (${e.message})` : "not PermissionDenied"));
}
