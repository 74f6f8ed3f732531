// import() with an unsupported type rejects with a TypeError.
// needs: modules
// expect: TypeError Invalid module type "css": only "json" is supported
const e = await import("./fixtures/json/config.json", { assert: { type: "css" } }).catch((e) => e);
print(e.name, e.message);
