// --allow-read=. grants the working directory (the repository root, where
// the tests run) and what is below it: not the rest of the file system,
// not via `..`.
// needs: perms
// perms: --allow-read=.
// expect: repo-file: ALLOWED (11 bytes)
// expect: passwd: denied
// expect: dotdot: denied
// expect: query-root: prompt
import { attempt } from "./_attempt.js";
attempt("repo-file", () => Toy.readTextFileSync("tests/js/attack/fixtures/granted/file.txt"));
attempt("passwd", () => Toy.readTextFileSync("/etc/passwd"));
attempt("dotdot", () => Toy.readTextFileSync("../../../../../../../../etc/passwd"));
print("query-root: " + Toy.permissions.querySync({ name: "read", path: "/" }).state);
