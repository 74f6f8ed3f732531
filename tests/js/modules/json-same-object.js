// One JSON file imported from two modules is one module: both get the
// very same object, so a change through one import shows in the other.
// needs: modules
// expect: true
// expect: changed
import mine from "./fixtures/json/config.json" assert { type: "json" };
import { config as theirs } from "./fixtures/json/also-imports-config.js";
print(mine === theirs);
mine.name = "changed";
print(theirs.name);
