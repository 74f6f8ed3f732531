// Every open that can change a file needs write access, even when it also
// reads: with only read granted, {read, write}, append, create, createNew
// and truncate are each denied, sync and async, and the file is unchanged.
// needs: perms
// perms: --allow-read=${DIR}/fixtures/granted
// expect: read-write: denied
// expect: append: denied
// expect: create: denied
// expect: createNew: denied
// expect: truncate: denied
// expect: read-append: denied
// expect: async-read-write: denied
// expect: writeFile-append: denied
// expect: read-only: ALLOWED (undefined)
// expect: granted ok
import { attempt, attemptAsync, FIX } from "./_attempt.js";
const f = FIX + "/granted/file.txt";
const open = (options) => () => Toy.openSync(f, options).close();
attempt("read-write", open({ read: true, write: true }));
attempt("append", open({ append: true }));
attempt("create", open({ write: true, create: true }));
attempt("createNew", open({ write: true, createNew: true }));
attempt("truncate", open({ read: true, write: true, truncate: true }));
attempt("read-append", open({ read: true, append: true }));
await attemptAsync("async-read-write", async () => (await Toy.open(f, { read: true, write: true })).close());
attempt("writeFile-append", () => Toy.writeTextFileSync(f, "x", { append: true }));
attempt("read-only", open({ read: true }));
print(Toy.readTextFileSync(f).trim());
