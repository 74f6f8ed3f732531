// A JSON module's default export is the file's parsed value.
// needs: modules
// expect: toyjs 5
// expect: [1,2,3] true null
// expect: object
import config from "./fixtures/json/config.json" assert { type: "json" };
print(config.name, config.version);
print(JSON.stringify(config.nested.list), config.nested.flag, config.nested.none);
print(typeof config);
