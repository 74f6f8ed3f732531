// Bytes that are not valid UTF-8 become U+FFFD, as Deno's readTextFile
// decodes lossily: one per maximal invalid sequence.
// needs: fs
// perms: --allow-read --allow-write
// expect: 61,fffd,fffd,62
// expect: 61,fffd,fffd,62
const path = `/tmp/toyjs-test-bad-utf8-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeFileSync(path, Uint8Array.from([0x61, 0xff, 0xe2, 0x82, 0x62]));
const codes = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16)).join();
print(codes(Toy.readTextFileSync(path)));
Toy.readTextFile(path).then((s) => print(codes(s)));
