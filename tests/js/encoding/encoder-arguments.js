// TextEncoder converts its input as WebIDL does, so a symbol is a
// TypeError rather than the text "Symbol()"; encodeInto writes only into
// a real Uint8Array, and only as far as its real length.
// needs: globals
// expect: TypeError TypeError
// expect: TypeError TypeError
// expect: 2 2
const enc = new TextEncoder();
const errors = (...fns) => fns.map((fn) => {
  try {
    fn();
    return "no error";
  } catch (e) {
    return e.name;
  }
});
print(...errors(() => enc.encode(Symbol("s")), () => enc.encodeInto(Symbol("s"), new Uint8Array(4))));
print(...errors(() => enc.encodeInto("a", new Proxy(new Uint8Array(4), {})), () => enc.encodeInto("a", new Int8Array(4))));
const small = new Uint8Array(2);
Object.defineProperty(small, "length", { value: 100 });
const { read, written } = enc.encodeInto("abcd", small);
print(read, written);
