// After revoke(), the folder is out of reach by every path, including
// symlinks that point into it and a revoke named through a link.
// needs: perms
// perms: --allow-read=${DIR}/fixtures
// expect: before: ALLOWED (16 bytes)
// expect: revoke: prompt
// expect: direct: denied
// expect: via-link: denied
// expect: via-dirlink: denied
// expect: async: denied
// expect: still-granted: ALLOWED (11 bytes)
import { attempt, attemptAsync, FIX } from "./_attempt.js";
attempt("before", () => Toy.readTextFileSync(FIX + "/secret/secret.txt"));
print("revoke: " + Toy.permissions.revokeSync({ name: "read", path: FIX + "/granted/dirlink" }).state);
attempt("direct", () => Toy.readTextFileSync(FIX + "/secret/secret.txt"));
attempt("via-link", () => Toy.readTextFileSync(FIX + "/granted/link-out"));
attempt("via-dirlink", () => Toy.readTextFileSync(FIX + "/granted/dirlink/inner/inner.txt"));
await attemptAsync("async", () => Toy.readTextFile(FIX + "/secret/secret.txt"));
attempt("still-granted", () => Toy.readTextFileSync(FIX + "/granted/file.txt"));
