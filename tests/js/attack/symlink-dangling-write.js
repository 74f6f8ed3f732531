// Writing through a dangling symlink would create its target: with write
// access to granted/ only, writing granted/dangling (-> ../secret/new.txt)
// must be denied, and secret/new.txt must not exist afterwards (checked
// with a read grant on secret/, which is all that grant is for).
// needs: perms
// perms: --allow-write=${DIR}/fixtures/granted --allow-read=${DIR}/fixtures/secret
// expect: write-dangling: denied
// expect: write-dangling-async: denied
// expect: open-create-dangling: denied
// expect: append-dangling: denied
// expect: target: NotFound
import { attempt, attemptAsync, FIX } from "./_attempt.js";
const g = FIX + "/granted";
attempt("write-dangling", () => Toy.writeTextFileSync(g + "/dangling", "planted"));
await attemptAsync("write-dangling-async", () => Toy.writeTextFile(g + "/dangling", "planted"));
attempt("open-create-dangling", () => Toy.openSync(g + "/dangling", { write: true, create: true }).close());
attempt("append-dangling", () => Toy.writeTextFileSync(g + "/dangling", "planted", { append: true }));
attempt("target", () => Toy.readTextFileSync(FIX + "/secret/new.txt"));
