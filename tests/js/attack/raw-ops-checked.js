// Every raw file and env op checks its permission itself: calling them
// through Toy.core.ops, past the JS API, is denied the same way.
// needs: perms
// expect: read_file: denied
// expect: read_text_file: denied
// expect: read_text_file_async: denied
// expect: write_text_file: denied
// expect: write_file: denied
// expect: env_get: denied
// expect: env_set: denied
// expect: env_to_object: denied
// expect: cwd: denied
import { attempt, attemptAsync, FIX } from "./_attempt.js";
const ops = Toy.core.ops;
const secret = FIX + "/secret/secret.txt";
attempt("read_file", () => ops.op_fs_read_file_sync(secret));
attempt("read_text_file", () => ops.op_fs_read_text_file_sync(secret));
await attemptAsync("read_text_file_async", () => ops.op_fs_read_text_file(secret));
attempt("write_text_file", () => ops.op_fs_write_text_file_sync(FIX + "/secret/planted.txt", "x", 2 | 8, 0o666));
attempt("write_file", () => ops.op_fs_write_file_sync(FIX + "/secret/planted.txt", new Uint8Array(1), 2 | 8, 0o666));
attempt("env_get", () => ops.op_env_get("HOME"));
attempt("env_set", () => ops.op_env_set("TOYJS_ATTACK", "x"));
attempt("env_to_object", () => ops.op_env_to_object());
attempt("cwd", () => ops.op_fs_cwd());
