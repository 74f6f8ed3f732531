// A Uint8Array that is a view into a larger buffer is written and read
// through its own window only, honouring its byte offset and length.
// needs: fs
// perms: --allow-read --allow-write
// expect: cde
// expect: 3 ..xyz...
const path = `/tmp/toyjs-test-subarray-${Math.random().toString(36).slice(2)}.txt`;
const whole = Uint8Array.from("abcdefgh", (c) => c.charCodeAt(0));
Toy.writeFileSync(path, whole.subarray(2, 5));
print(Toy.readTextFileSync(path));
Toy.writeTextFileSync(path, "xyz");
const target = Uint8Array.from("........", (c) => c.charCodeAt(0));
const f = Toy.openSync(path);
f.read(target.subarray(2, 6)).then((n) => {
  print(n, String.fromCharCode(...target));
  f.close();
});
