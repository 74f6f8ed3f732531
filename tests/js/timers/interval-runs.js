// An interval runs until it is cleared; here after its third run.
// needs: timers
// expect: run 1
// expect: run 2
// expect: run 3
// expect: cleared
let runs = 0;
const id = setInterval(() => {
  runs++;
  print("run " + runs);
  if (runs === 3) {
    clearInterval(id);
    setTimeout(() => print("cleared"), 30);
  }
}, 5);
