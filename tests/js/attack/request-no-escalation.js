// request() without a terminal cannot widen a grant: asking for the
// parent folder, the whole kind, or a symlinked secret is denied, and
// the secret stays unreadable.
// needs: perms
// perms: --allow-read=${DIR}/fixtures/granted
// expect: parent: denied
// expect: kind: denied
// expect: link: denied
// expect: read: denied
import { attempt, FIX } from "./_attempt.js";
const P = Toy.permissions;
print("parent: " + P.requestSync({ name: "read", path: FIX }).state);
print("kind: " + P.requestSync({ name: "read" }).state);
print("link: " + P.requestSync({ name: "read", path: FIX + "/granted/link-out" }).state);
attempt("read", () => Toy.readTextFileSync(FIX + "/granted/link-out"));
