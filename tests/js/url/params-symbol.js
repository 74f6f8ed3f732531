// A Symbol cannot be a name or a value of URLSearchParams: a record's
// Symbol key, a Symbol value, or a Symbol given to append is a TypeError,
// as WebIDL's conversion to a string says, never a silently dropped or
// stringified entry.
// needs: url
// expect: record key: TypeError
// expect: record value: TypeError
// expect: append: TypeError
// expect: plain record: a=2
for (const [what, make] of [
  ["record key", () => new URLSearchParams({ [Symbol("k")]: 1, a: 2 })],
  ["record value", () => new URLSearchParams({ a: Symbol("v") })],
  ["append", () => new URLSearchParams().append(Symbol("n"), "x")],
]) {
  try {
    make();
    print(`${what}: no error`);
  } catch (e) {
    print(`${what}: ${e.name}`);
  }
}
// A non-enumerable Symbol key is not part of the record.
const record = { a: 2 };
Object.defineProperty(record, Symbol("hidden"), { value: 1, enumerable: false });
print("plain record:", String(new URLSearchParams(record)));
