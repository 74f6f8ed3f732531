// A worker writes to the same standard output as its parent: print,
// console.log and Toy.stdout all work there, each on its own runtime.
// needs: workers
// perms: --allow-read=${DIR}
// expect: print from the worker
// expect: console.log from the worker { n: 1 }
// expect: stdout.write from the worker
// expect: main got printed
const w = new Worker(new URL("./fixtures/printer.js", import.meta.url), { type: "module" });
w.onmessage = (e) => {
  print("main got " + e.data);
  w.terminate();
};
