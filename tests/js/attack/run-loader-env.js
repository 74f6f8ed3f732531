// LD_PRELOAD and the other LD_* variables make the dynamic loader run
// code of the caller's choice inside any program: with run access to
// one program only, a child may not get them, whether given in env or
// inherited (case does not matter; an empty value is harmless). clearEnv
// drops the inherited ones.
// needs: run
// perms: --allow-run=true --allow-env
// expect: given: denied
// expect: lower case: denied
// expect: empty: ALLOWED (0 bytes)
// expect: inherited: denied
// expect: cleared: ALLOWED (0 bytes)
// expect: message: Requires --allow-run permissions to spawn subprocess with LD_LIBRARY_PATH, LD_PRELOAD environment variables. Alternatively, spawn with these environment variables unset.
import { attempt } from "./_attempt.js";
const run = (options) => () => new Toy.Command("true", options).outputSync().stdout;
attempt("given", run({ env: { LD_PRELOAD: "/nonexistent/x.so" } }));
attempt("lower case", run({ env: { ld_preload: "/nonexistent/x.so" } }));
attempt("empty", run({ env: { LD_PRELOAD: "" } }));
Toy.env.set("LD_LIBRARY_PATH", "/nonexistent");
attempt("inherited", run({}));
attempt("cleared", run({ clearEnv: true }));
try {
  run({ env: { LD_PRELOAD: "/nonexistent/x.so" } })();
} catch (e) {
  print("message: " + e.message);
}
