// An uncaught error ends the program even while libuv's threadpool is
// reading a file that never ends: readFile of /dev/zero, whose buffer
// grows until memory runs out. The runtime used to wait for that read
// before it exited, and the read went on growing meanwhile.
// needs: fs timers errors
// perms: --allow-read=/dev/zero
// expect: reading
// expect-error: Uncaught Error: gave up
Toy.readFile("/dev/zero").then((bytes) => print(`read ${bytes.length}`));
print("reading");
setTimeout(() => {
  throw new Error("gave up");
}, 50);
