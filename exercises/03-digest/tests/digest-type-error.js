// Toy.digest wants a Uint8Array: anything else rejects its promise with
// the bridge's TypeError (it does not throw).
// expect: returned a promise
// expect: TypeError: op_digest: argument 1 must be a Uint8Array, got string
// expect: TypeError: op_digest: argument 1 must be a Uint8Array, got object
const p = Toy.digest("abc");
print("returned a promise");
p.catch((e) => {
  print(e.name + ": " + e.message);
  return Toy.digest([1, 2, 3]);
}).catch((e) => print(e.name + ": " + e.message));
