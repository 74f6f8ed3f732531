// Toy.digest hashes the bytes as they are when it is called: changing
// the array afterwards, while the hash is computed on another thread,
// does not change the result (8 MiB of "a", then zeroed).
// expect: true
const hex = (d) => Array.from(d, (b) => b.toString(16).padStart(2, "0")).join("");
const big = new Uint8Array(8 * 1024 * 1024).fill(0x61);
const first = Toy.digest(big);
big.fill(0);
const second = Toy.digest(new Uint8Array(8 * 1024 * 1024).fill(0x61));
Promise.all([first, second]).then(([a, b]) => print(hex(a) === hex(b)));
