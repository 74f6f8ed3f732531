// The write side of dotdot-after-symlink: granted/tmproot -> /tmp, so
// granted/tmproot/../tmp/NAME is /tmp/NAME to the kernel, while a textual
// `..` removal sees granted/tmp/NAME, inside the write grant. The write
// must be denied and the file must not appear in /tmp.
// needs: perms
// perms: --allow-write=${DIR}/fixtures/granted --allow-read=/tmp
// expect: write: denied
// expect: target: NotFound
import { attempt, FIX } from "./_attempt.js";
const name = `toyjs-attack-dotdot-${Date.now()}-${Math.floor(Math.random() * 1e9)}.txt`;
attempt("write", () => Toy.writeTextFileSync(`${FIX}/granted/tmproot/../tmp/${name}`, "planted"));
attempt("target", () => Toy.readTextFileSync(`/tmp/${name}`));
