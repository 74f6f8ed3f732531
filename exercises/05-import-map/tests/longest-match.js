// An exact key wins over a prefix; among prefixes, the longest wins,
// whatever their order in the map.
// flags: --import-map=${DIR}/fixtures/map.json
// expect: vendor/special.js: the exact entry
// expect: vendor/x.js: the longer prefix
import special from "lib/special.js";
import x from "lib/deep/x.js";
print(special);
print(x);
