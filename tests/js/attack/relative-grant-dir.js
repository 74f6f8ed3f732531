// A relative grant is made absolute against the working directory: it
// covers the folder by its relative and its absolute name, and nothing
// outside it.
// needs: perms
// perms: --allow-read=tests/js/attack/fixtures/granted
// expect: relative: ALLOWED (11 bytes)
// expect: absolute: ALLOWED (11 bytes)
// expect: secret: denied
// expect: sibling: denied
import { attempt, FIX } from "./_attempt.js";
attempt("relative", () => Toy.readTextFileSync("tests/js/attack/fixtures/granted/file.txt"));
attempt("absolute", () => Toy.readTextFileSync(FIX + "/granted/file.txt"));
attempt("secret", () => Toy.readTextFileSync("tests/js/attack/fixtures/secret/secret.txt"));
attempt("sibling", () => Toy.readTextFileSync("tests/js/attack/fixtures/grantedx/other.txt"));
