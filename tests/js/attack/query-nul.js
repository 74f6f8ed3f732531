// A NUL byte in a queried descriptor would end it early in C, so the
// question answered would be about a shorter one: a granted folder
// followed by "\0/../secret", a granted variable followed by "\0HOME".
// Every permission op refuses such a value with a TypeError instead.
// needs: perms
// perms: --allow-read=${DIR}/fixtures/granted --allow-env=TOYJS_OK --allow-net=127.0.0.1 --allow-run=true
// expect: read: TypeError
// expect: env: TypeError
// expect: net: TypeError
// expect: run: TypeError
// expect: request: TypeError
// expect: revoke: TypeError
// expect: env still: granted
import { attempt, FIX } from "./_attempt.js";
const p = Toy.permissions;
attempt("read", () => p.querySync({ name: "read", path: FIX + "/granted\0/../secret/secret.txt" }).state);
attempt("env", () => p.querySync({ name: "env", variable: "TOYJS_OK\0HOME" }).state);
attempt("net", () => p.querySync({ name: "net", host: "127.0.0.1\0.evil.test:80" }).state);
attempt("run", () => p.querySync({ name: "run", command: "true\0/../sh" }).state);
attempt("request", () => p.requestSync({ name: "env", variable: "TOYJS_OK\0PATH" }).state);
attempt("revoke", () => p.revokeSync({ name: "env", variable: "TOYJS_OK\0PATH" }).state);
print("env still: " + p.querySync({ name: "env", variable: "TOYJS_OK" }).state);
