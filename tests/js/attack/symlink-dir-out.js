// A symlink to a folder outside the grant does not extend the grant:
// granted/dirlink -> ../secret, so granted/dirlink/secret.txt and files
// deeper below it are denied.
// needs: perms
// perms: --allow-read=${DIR}/fixtures/granted
// expect: through-dirlink: denied
// expect: deeper: denied
// expect: innerlink: denied
// expect: dirlink-slash-dot: denied
import { attempt, FIX } from "./_attempt.js";
const g = FIX + "/granted";
attempt("through-dirlink", () => Toy.readTextFileSync(g + "/dirlink/secret.txt"));
attempt("deeper", () => Toy.readTextFileSync(g + "/dirlink/inner/inner.txt"));
attempt("innerlink", () => Toy.readTextFileSync(g + "/innerlink/inner.txt"));
attempt("dirlink-slash-dot", () => Toy.readTextFileSync(g + "/dirlink/./secret.txt"));
