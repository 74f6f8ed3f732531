// A .json file imported without `assert { type: "json" }` is not a JSON
// module: the import is an error (Deno says it identified a Json module),
// and nothing runs.
// needs: modules
// expect-stderr: error:
// expect-exit: 1
import config from "./fixtures/json/config.json";
print("never");
