// The next run of an interval is due one period after the previous run
// started, not after it ended. The first run busy-waits twice the period,
// then sets a zero-delay timer: the interval's next run, due since the
// middle of that wait, comes first. (Counting from the end of the run,
// it would come a period after the timer.) Decided by order, not by how
// long anything took, so a busy machine cannot change the answer.
// needs: timers
// expect: interval run 1
// expect: interval run 2
// expect: timeout
let runs = 0;
const id = setInterval(() => {
  runs++;
  print("interval run " + runs);
  if (runs === 1) {
    const start = Date.now();
    while (Date.now() - start < 40) {}
    setTimeout(() => print("timeout"), 0);
  }
  if (runs === 2) clearInterval(id);
}, 20);
