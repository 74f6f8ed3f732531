// The same boundary holds when the grant is written with a trailing
// slash, or with `//` and `.` in it.
// needs: perms
// perms: --allow-read=${DIR}/fixtures/granted/,${DIR}/fixtures/./granted//
// expect: sibling: denied
// expect: granted: ALLOWED (11 bytes)
import { attempt, FIX } from "./_attempt.js";
attempt("sibling", () => Toy.readTextFileSync(FIX + "/grantedx/other.txt"));
attempt("granted", () => Toy.readTextFileSync(FIX + "/granted/file.txt"));
