// A key ending in "/" is a prefix: "lib/math.js" is "lib/" + "math.js",
// and resolves to the address of "lib/" + "math.js".
// flags: --import-map=${DIR}/fixtures/map.json
// expect: 5 lib/math.js
import { add, where } from "lib/math.js";
print(add(2, 3), where);
