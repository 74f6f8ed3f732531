// A "../" import from the main module climbs out of its directory.
// needs: modules
// expect: c
import { c } from "../modules/fixtures/rel/c.js";
print(c);
