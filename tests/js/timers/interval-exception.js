// An interval whose callback throws stops everything: exit code 1.
// needs: timers errors
// expect: tick 1
// expect: tick 2
// expect-error: Uncaught Error: third tick
// expect-stderr: at ${URL}:11:14
let n = 0;
setInterval(() => {
  n++;
  if (n < 3) print("tick " + n);
  else throw new Error("third tick");
}, 5);
