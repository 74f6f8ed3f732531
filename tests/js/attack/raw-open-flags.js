// The op is the enforcement boundary, not the JS wrapper: calling
// op_fs_open directly with flag bits the wrapper never sends (none at all,
// or only unknown ones) still opens a file, for reading, so it must still
// be checked. Nothing is granted here.
// needs: perms
// expect: flags-0: denied
// expect: flags-64: denied
// expect: flags-high: denied
// expect: flags-0-async: denied
// expect: flags-read: denied
import { attempt, attemptAsync, drain, FIX } from "./_attempt.js";
const ops = Toy.core.ops;
const secret = FIX + "/secret/secret.txt";
attempt("flags-0", () => drain(ops.op_fs_open_sync(secret, 0, 0)));
attempt("flags-64", () => drain(ops.op_fs_open_sync(secret, 64, 0)));
attempt("flags-high", () => drain(ops.op_fs_open_sync(secret, 1 << 30, 0)));
await attemptAsync("flags-0-async", async () => drain(await ops.op_fs_open(secret, 0, 0)));
attempt("flags-read", () => drain(ops.op_fs_open_sync(secret, 1, 0)));
