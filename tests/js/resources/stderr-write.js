// Toy.stderr writes to fd 2, sync and async, with the byte count back.
// needs: resources fs
// perms: --allow-read --allow-write
// expect: 7
// expect: 7
// expect-stderr-line: oops 1
// expect-stderr-line: oops 2
print(Toy.stderr.writeSync(Uint8Array.from("oops 1\n", (c) => c.charCodeAt(0))));
Toy.stderr.write(Uint8Array.from("oops 2\n", (c) => c.charCodeAt(0))).then((n) => print(n));
