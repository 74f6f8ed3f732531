// The digest of no bytes at all.
// expect: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
const hex = (d) => Array.from(d, (b) => b.toString(16).padStart(2, "0")).join("");
Toy.digest(new Uint8Array(0)).then((d) => print(hex(d)));
