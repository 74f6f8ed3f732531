// Toy.exit ends the program at once, even with a worker spinning in an
// endless loop: the worker is stopped and its thread joined on the way.
// needs: workers
// perms: --allow-read=${DIR}
// expect: exiting
// expect-exit: 3
const w = new Worker(new URL("./fixtures/busy.js", import.meta.url), { type: "module" });
w.onmessage = () => {
  print("exiting");
  Toy.exit(3);
};
