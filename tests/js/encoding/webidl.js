// TextDecoder and TextEncoder look as WebIDL has them: their attributes
// and methods enumerable on the prototype, their names as toStringTag.
// needs: globals
// expect: encoding,fatal,ignoreBOM,decode
// expect: encoding,encode,encodeInto
// expect: [object TextDecoder] [object TextEncoder]
print(Object.keys(TextDecoder.prototype).join());
print(Object.keys(TextEncoder.prototype).join());
print(Object.prototype.toString.call(new TextDecoder()), Object.prototype.toString.call(new TextEncoder()));
