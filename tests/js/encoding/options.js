// The options are WebIDL dictionaries: undefined and null are empty, a
// value that is not an object is a TypeError, and each member is read
// as a boolean.
// needs: globals
// expect: false false true true
// expect: TypeError TypeError
const a = new TextDecoder("utf-8", null);
const b = new TextDecoder("utf-8", { fatal: 1, ignoreBOM: "yes" });
print(a.fatal, a.ignoreBOM, b.fatal, b.ignoreBOM);
const names = [];
for (const make of [() => new TextDecoder("utf-8", 5), () => new TextDecoder().decode(new Uint8Array(1), "stream")]) {
  try {
    make();
  } catch (e) {
    names.push(e.name);
  }
}
print(...names);
