// The export forms: `export *` (which leaves out default), renaming
// re-exports, `export * as`, a renamed local, and a default function; a
// namespace lists its names in code-unit order.
// needs: modules
// expect: 1 2 2 base default
// expect: 1 hub hub default
// expect: base,baseDefault,default,deux,name,one,two
import hub, { one, two, deux, baseDefault, base, name } from "./fixtures/reexport/hub.js";
import * as ns from "./fixtures/reexport/hub.js";
print(one, two, deux, baseDefault);
print(base.one, name, hub());
print(Object.keys(ns).join(","));
