// An interval with delay 0 keeps running, other timers interleave with it,
// and clearing it from outside stops it.
// needs: timers
// expect: true
let count = 0;
const id = setInterval(() => { count++; }, 0);
setTimeout(() => {
  clearInterval(id);
  const seen = count;
  setTimeout(() => print(seen > 1 && count === seen), 20);
}, 30);
