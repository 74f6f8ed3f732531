// import() and import.meta.resolve() use the map as import declarations
// do, and a JSON module can be mapped as well.
// flags: --import-map=${DIR}/fixtures/map.json
// expect: hello, import()!
// expect: true
// expect: mapped
const { default: greet } = await import("greet");
print(greet("import()"));
print(import.meta.resolve("lib/math.js") === import.meta.resolve("./fixtures/lib/math.js"));
const settings = await import("settings", { assert: { type: "json" } });
print(settings.default.mode);
