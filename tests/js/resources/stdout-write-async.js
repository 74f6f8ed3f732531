// Toy.stdout.write(bytes) is async: it resolves to the bytes written, and
// output printed after awaiting it comes after it.
// needs: resources fs
// perms: --allow-read --allow-write
// expect: first
// expect: second
// expect: 7
// expect: then
// expect: 0
print("first");
Toy.stdout.write(Uint8Array.from("second\n", (c) => c.charCodeAt(0)))
  .then((n) => print(n))
  .then(() => print("then"))
  .then(() => Toy.stdout.write(new Uint8Array(0)))
  .then((n) => print(n));
