// Keys that are not identifiers are quoted; accessors are not called.
// needs: inspect
// expect: { '3': 'three', 'a-b': 1, ok: 2, g: [Getter], s: [Setter] }
console.log({ "a-b": 1, ok: 2, 3: "three", get g() { return 1; }, set s(v) {} });
