// import() takes the type as its second argument; the namespace of a
// text module has one export, default.
// expect: default
// expect: Roses are red,
const ns = await import("./fixtures/poem.txt", { assert: { type: "text" } });
print(Object.keys(ns).join(","));
print(ns.default.split("\n")[0]);
