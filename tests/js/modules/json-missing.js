// A missing JSON module is "Module not found" like any other.
// needs: modules
// expect-error: Module not found "file://${DIR}/fixtures/json/nope.json".
// expect-stderr-line:     at ${URL}:5:18
import data from "./fixtures/json/nope.json" assert { type: "json" };
