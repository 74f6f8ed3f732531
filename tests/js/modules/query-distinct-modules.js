// A query makes a different URL and so a different module, evaluated on
// its own (the usual way to load a fresh copy), as in Deno and browsers.
// needs: modules
// perms: --allow-read
// expect: false 2
// expect: true 2
const a = await import("./fixtures/counted.js?a");
const b = await import("./fixtures/counted.js?b");
print(a === b, globalThis.counted);
const a2 = await import("./fixtures/counted.js?a");
print(a === a2, globalThis.counted);
