// A bare specifier is an error before anything runs, named at the
// import's line and column, as Deno reports it.
// needs: modules
// expect-error: Relative import path "lodash" not prefixed with / or ./ or ../
// expect-stderr-line:     at ${URL}:8:8
print("never");
import { ok } from "./fixtures/counted.js";
import "lodash";
