// With one variable granted, names that smuggle in '=' or NUL, or differ
// by case, reach nothing else: they are invalid (TypeError) or denied.
// needs: perms
// perms: --allow-env=TOYJS_OK
// expect: equals: TypeError
// expect: equals-set: TypeError
// expect: nul: TypeError
// expect: nul-set: TypeError
// expect: case: denied
// expect: empty: TypeError
// expect: ok: ALLOWED (undefined)
import { attempt } from "./_attempt.js";
attempt("equals", () => Toy.env.get("TOYJS_OK=HOME"));
attempt("equals-set", () => Toy.env.set("TOYJS_OK=HOME", "x"));
attempt("nul", () => Toy.env.get("TOYJS_OK\0HOME"));
attempt("nul-set", () => Toy.env.set("TOYJS_OK\0PATH", "x"));
attempt("case", () => Toy.env.get("toyjs_ok"));
attempt("empty", () => Toy.env.get(""));
attempt("ok", () => Toy.env.get("TOYJS_OK"));
