// What a Headers is made from, as WebIDL reads it: undefined is nothing,
// null or a string is an error; an iterable gives pairs (each exactly
// two items), anything else is a record of its own enumerable keys. A
// name or value that is not a ByteString, or a name that is not a token,
// is a TypeError, in get(), has() and delete() too.
// needs: http
// expect: 0
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: record: a=1 b=2
// expect: custom: x=from-iterator
function attempt(make) {
  try {
    make();
    print("accepted?");
  } catch (e) {
    print(e.name);
  }
}
print([...new Headers(undefined)].length);
attempt(() => new Headers(null));
attempt(() => new Headers("a=b"));
attempt(() => new Headers([["a", "b", "c"]]));
attempt(() => new Headers({ [Symbol("s")]: "x" }));
attempt(() => new Headers({ a: "caf\u0100" }));
attempt(() => new Headers().get("bad name"));
attempt(() => new Headers().has("\u0100"));
const record = Object.create({ inherited: "no" }, {
  b: { value: "2", enumerable: true },
  hidden: { value: "no", enumerable: false },
  a: { value: "1", enumerable: true },
});
print("record:", [...new Headers(record)].map(([k, v]) => `${k}=${v}`).join(" "));
const other = new Headers({ x: "from-record" });
other[Symbol.iterator] = function* () {
  yield ["x", "from-iterator"];
};
print("custom:", [...new Headers(other)].map(([k, v]) => `${k}=${v}`).join(" "));
