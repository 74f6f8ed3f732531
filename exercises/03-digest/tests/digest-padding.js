// Lengths around SHA-256's 64-byte block, where the padding spills into
// one more block: 55, 56, 63, 64, 65, 119 and 120 bytes of "a", and
// FIPS 180-4's 56-byte example.
// expect: 55 9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318
// expect: 56 b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a
// expect: 63 7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34
// expect: 64 ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb
// expect: 65 635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0
// expect: 119 31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb
// expect: 120 2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c
// expect: fips 248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1
const hex = (d) => Array.from(d, (b) => b.toString(16).padStart(2, "0")).join("");
const ascii = (s) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const inputs = [55, 56, 63, 64, 65, 119, 120].map((n) => [n, "a".repeat(n)]);
inputs.push(["fips", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"]);
Promise.all(inputs.map(([, s]) => Toy.digest(ascii(s)))).then((digests) => {
  digests.forEach((d, i) => print(inputs[i][0], hex(d)));
});
