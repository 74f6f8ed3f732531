// import() takes the assertion as its second argument; the namespace's
// default is the parsed value, the same object a static import has.
// needs: modules
// expect: toyjs default
// expect: true
import config from "./fixtures/json/config.json" assert { type: "json" };
const ns = await import("./fixtures/json/config.json", { assert: { type: "json" } });
print(ns.default.name, Object.keys(ns).join(","));
print(ns.default === config);
