// The digest is an async op: the promise settles from the event loop,
// after the code that asked for it has run, and many can be in flight at
// once. Each call is one async dispatch of op_digest.
// expect: asked
// expect: 20 right
// expect: 20 async dispatches
const hex = (d) => Array.from(d, (b) => b.toString(16).padStart(2, "0")).join("");
const before = Toy.core.metrics().ops.op_digest.async;
const abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
const all = [];
for (let i = 0; i < 20; i++) all.push(Toy.digest(new Uint8Array([0x61, 0x62, 0x63])));
print("asked");
Promise.all(all).then((digests) => {
  print(digests.filter((d) => hex(d) === abc).length, "right");
  print(Toy.core.metrics().ops.op_digest.async - before, "async dispatches");
});
