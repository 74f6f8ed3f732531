// Creating a file through a symlinked folder is a write where the link
// leads: granted/dirlink/x.txt is secret/x.txt, and is denied.
// needs: perms
// perms: --allow-write=${DIR}/fixtures/granted --allow-read=${DIR}/fixtures/secret
// expect: write-through-dirlink: denied
// expect: createNew-through-dirlink: denied
// expect: target: NotFound
import { attempt, FIX } from "./_attempt.js";
const g = FIX + "/granted";
attempt("write-through-dirlink", () => Toy.writeTextFileSync(g + "/dirlink/planted.txt", "x"));
attempt("createNew-through-dirlink",
  () => Toy.writeTextFileSync(g + "/dirlink/planted.txt", "x", { createNew: true }));
attempt("target", () => Toy.readTextFileSync(FIX + "/secret/planted.txt"));
