// Addresses are resolved against the import map's own file, not against
// the module that imports: fixtures/maps/up.json maps "shout" to
// "../lib/shout.js", which is fixtures/lib/shout.js.
// flags: --import-map=${DIR}/fixtures/maps/up.json
// expect: HI (from shout.js, next to lib/math.js)
// expect: true
import shout from "shout";
print(shout("hi"));
print(import.meta.resolve("shout") === import.meta.resolve("./fixtures/lib/shout.js"));
