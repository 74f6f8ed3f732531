// Awaiting a promise that a timer resolves suspends the function until the
// timer has fired.
// needs: microtasks timers
// expect: waiting
// expect: slept
// expect: 3
const sleep = (ms, v) => new Promise((resolve) => setTimeout(resolve, ms, v));
(async () => {
  print("waiting");
  await sleep(10);
  print("slept");
  print(await sleep(0, 3));
})();
