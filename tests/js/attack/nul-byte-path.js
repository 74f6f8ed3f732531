// A NUL byte in a path must not cut the checked path short of the opened
// one (C would read "granted/file.txt\0/../../secret" as its first part):
// such paths are refused outright, and nothing is read; a query about
// one is refused too.
// needs: perms
// perms: --allow-read=${DIR}/fixtures/granted --allow-write=${DIR}/fixtures/granted
// expect: read: TypeError
// expect: read-async: TypeError
// expect: open: TypeError
// expect: write: TypeError
// expect: query: TypeError
import { attempt, attemptAsync, FIX } from "./_attempt.js";
const evil = FIX + "/granted/file.txt\0/../../secret/secret.txt";
attempt("read", () => Toy.readTextFileSync(evil));
await attemptAsync("read-async", () => Toy.readTextFile(evil));
attempt("open", () => Toy.openSync(evil).close());
attempt("write", () => Toy.writeTextFileSync(FIX + "/granted/x\0/../../secret/planted.txt", "x"));
attempt("query", () => Toy.permissions.querySync({ name: "read", path: FIX + "/secret\0" + FIX + "/granted" }).state);
