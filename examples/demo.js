// A short tour of what the runtime can do. Run it with `make run`, or
// `build/toyjs examples/demo.js`.
print("Hello from toyjs!");
console.log("2 + 3 =", 2 + 3);

// Promise jobs and queueMicrotask run before any timer.
setTimeout(() => print("4. a timer, after the microtasks"), 0);
Promise.resolve().then(() => print("2. a promise job"));
queueMicrotask(() => print("3. a queued microtask"));
print("1. the script itself");

// An interval, cleared after three ticks; the process ends once nothing
// is left to wait for.
let ticks = 0;
const id = setInterval(() => {
  ticks++;
  print(`tick ${ticks}`);
  if (ticks === 3) {
    clearInterval(id);
    print("done: the loop is empty, so toyjs exits");
  }
}, 10);
