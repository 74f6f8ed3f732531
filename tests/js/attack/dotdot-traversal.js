// `..` cannot climb out of a granted folder, however it is spelled: the
// path is normalised before it is matched, so every spelling below names
// fixtures/secret, which is not granted. No byte of the secret is read.
// needs: perms
// perms: --allow-read=${DIR}/fixtures/granted
// expect: plain: denied
// expect: dot-dotdot: denied
// expect: many-dotdot: denied
// expect: double-slash: denied
// expect: trailing-slash: denied
// expect: relative: denied
// expect: dotdot-back-in: ALLOWED (11 bytes)
// expect: async: denied
import { attempt, attemptAsync, FIX } from "./_attempt.js";
const g = FIX + "/granted";
const read = (p) => () => Toy.readTextFileSync(p);
attempt("plain", read(g + "/../secret/secret.txt"));
attempt("dot-dotdot", read(g + "/./../secret/./secret.txt"));
attempt("many-dotdot", read(g + "/../../../../../../../../../../.." + FIX + "/secret/secret.txt"));
attempt("double-slash", read(g + "//..//secret//secret.txt"));
attempt("trailing-slash", read(g + "/../secret/"));
attempt("relative", read("tests/js/attack/fixtures/granted/../secret/secret.txt"));
attempt("dotdot-back-in", read(g + "/../granted/file.txt"));
await attemptAsync("async", () => Toy.readTextFile(g + "/../secret/secret.txt"));
