// A long input: FIPS 180-4's one million bytes of "a".
// expect: cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0
const hex = (d) => Array.from(d, (b) => b.toString(16).padStart(2, "0")).join("");
Toy.digest(new Uint8Array(1000000).fill(0x61)).then((d) => print(hex(d)));
