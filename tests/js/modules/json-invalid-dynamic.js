// import() of a JSON module that does not parse rejects with the
// SyntaxError.
// needs: modules
// perms: --allow-read
// expect: SyntaxError
const e = await import("./fixtures/json/bad.json", { assert: { type: "json" } }).catch((e) => e);
print(e.name);
