// --deny-read for a folder inside an --allow-read folder holds against
// every way of naming it: directly, with `..`, and through the symlinks
// in granted/ that lead into it.
// needs: perms
// perms: --allow-read=${DIR}/fixtures --deny-read=${DIR}/fixtures/secret
// expect: direct: denied
// expect: dotdot: denied
// expect: link-out: denied
// expect: dirlink: denied
// expect: innerlink: denied
// expect: query: denied
// expect: granted: ALLOWED (11 bytes)
import { attempt, FIX } from "./_attempt.js";
attempt("direct", () => Toy.readTextFileSync(FIX + "/secret/secret.txt"));
attempt("dotdot", () => Toy.readTextFileSync(FIX + "/granted/../secret/secret.txt"));
attempt("link-out", () => Toy.readTextFileSync(FIX + "/granted/link-out"));
attempt("dirlink", () => Toy.readTextFileSync(FIX + "/granted/dirlink/secret.txt"));
attempt("innerlink", () => Toy.readTextFileSync(FIX + "/granted/innerlink/inner.txt"));
print("query: " + Toy.permissions.querySync({ name: "read", path: FIX + "/granted/dirlink" }).state);
attempt("granted", () => Toy.readTextFileSync(FIX + "/granted/file.txt"));
