// A link inside the grant to a folder far outside it (granted/tmproot ->
// /tmp) grants nothing there, for reads or writes.
// needs: perms
// perms: --allow-read=${DIR}/fixtures/granted --allow-write=${DIR}/fixtures/granted
// expect: read: denied
// expect: write: denied
// expect: query: prompt prompt
import { attempt, FIX } from "./_attempt.js";
const t = FIX + "/granted/tmproot";
attempt("read", () => Toy.readTextFileSync(t + "/toyjs-attack-anything"));
attempt("write", () => Toy.writeTextFileSync(t + "/toyjs-attack-planted.txt", "x"));
print("query: " + Toy.permissions.querySync({ name: "read", path: t }).state + " " +
  Toy.permissions.querySync({ name: "write", path: t + "/x" }).state);
