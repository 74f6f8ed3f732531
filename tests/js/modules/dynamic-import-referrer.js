// A relative import() resolves against the module the call is written
// in, not the main module, even when the main module calls it.
// needs: modules
// perms: --allow-read
// expect: fixtures/dynamic/sibling.js
import { load } from "./fixtures/dynamic/loader.js";
const ns = await load("./sibling.js");
print(ns.where);
