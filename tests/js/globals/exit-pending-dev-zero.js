// Toy.exit ends the program even while libuv's threadpool reads a file
// that never ends: readFile of /dev/zero grows its buffer until memory
// runs out. The runtime used to wait for that read before it exited,
// and the read went on growing.
// needs: globals
// perms: --allow-read=/dev/zero
// expect: reading
// expect-exit: 4
Toy.readFile("/dev/zero").then((bytes) => print(`read ${bytes.length}`));
print("reading");
setTimeout(() => Toy.exit(4), 50);
