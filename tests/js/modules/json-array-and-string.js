// Any JSON value can be a JSON module: an array, a plain string.
// needs: modules
// expect: true 3 false
// expect: just a string
import list from "./fixtures/json/list.json" assert { type: "json" };
import text from "./fixtures/json/string.json" assert { type: "json" };
print(Array.isArray(list), list.length, list[2].b);
print(text);
