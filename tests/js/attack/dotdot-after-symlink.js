// `..` after a symlink climbs from where the link leads, not from the
// folder the link sits in: the kernel resolves granted/dirlink/.. to
// fixtures/, so granted/dirlink/../secret/secret.txt is the secret. A
// matcher that removes `..` by text first sees granted/secret/secret.txt
// and lets it through; it must resolve links before `..`.
// needs: perms
// perms: --allow-read=${DIR}/fixtures/granted
// expect: dirlink-dotdot: denied
// expect: innerlink-dotdot: denied
// expect: query: prompt
// expect: open: denied
import { attempt, FIX } from "./_attempt.js";
const g = FIX + "/granted";
attempt("dirlink-dotdot", () => Toy.readTextFileSync(g + "/dirlink/../secret/secret.txt"));
attempt("innerlink-dotdot", () => Toy.readTextFileSync(g + "/innerlink/../secret.txt"));
print("query: " + Toy.permissions.querySync({ name: "read", path: g + "/dirlink/../secret" }).state);
attempt("open", () => Toy.openSync(g + "/innerlink/../secret.txt").close());
