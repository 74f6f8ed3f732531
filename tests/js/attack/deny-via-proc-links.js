// /proc/self/root and /proc/self/cwd are symlinks to / and to the working
// directory: a denied folder stays denied when named through them, since
// links are resolved before matching.
// needs: perms
// perms: --allow-read --deny-read=${DIR}/fixtures/secret
// expect: direct: denied
// expect: proc-root: denied
// expect: proc-cwd: denied
// expect: proc-root-relative: denied
// expect: granted: ALLOWED (11 bytes)
import { attempt, FIX } from "./_attempt.js";
attempt("direct", () => Toy.readTextFileSync(FIX + "/secret/secret.txt"));
attempt("proc-root", () => Toy.readTextFileSync("/proc/self/root" + FIX + "/secret/secret.txt"));
attempt("proc-cwd", () => Toy.readTextFileSync("/proc/self/cwd/tests/js/attack/fixtures/secret/secret.txt"));
attempt("proc-root-relative", () => Toy.readTextFileSync("../../../../proc/self/root" + FIX + "/secret/secret.txt"));
attempt("granted", () => Toy.readTextFileSync("/proc/self/cwd/tests/js/attack/fixtures/granted/file.txt"));
