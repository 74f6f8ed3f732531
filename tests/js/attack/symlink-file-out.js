// A symlink inside the granted folder that points out of it is judged by
// its target: granted/link-out -> ../secret/secret.txt is denied, while
// granted/link-in -> file.txt (inside) is allowed.
// needs: perms
// perms: --allow-read=${DIR}/fixtures/granted
// expect: link-out: denied
// expect: link-out-async: denied
// expect: link-out-open: denied
// expect: link-in: ALLOWED (11 bytes)
// expect: query: prompt granted
import { attempt, attemptAsync, FIX } from "./_attempt.js";
const g = FIX + "/granted";
attempt("link-out", () => Toy.readTextFileSync(g + "/link-out"));
await attemptAsync("link-out-async", () => Toy.readFile(g + "/link-out"));
attempt("link-out-open", () => Toy.openSync(g + "/link-out", { read: true }).close());
attempt("link-in", () => Toy.readTextFileSync(g + "/link-in"));
print("query: " + Toy.permissions.querySync({ name: "read", path: g + "/link-out" }).state + " " +
  Toy.permissions.querySync({ name: "read", path: g + "/link-in" }).state);
