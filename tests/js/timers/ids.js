// Timer ids are positive integers, increasing, from one pool shared by
// timeouts and intervals; a cleared id is not handed out again.
// needs: timers
// expect: number true
// expect: true true
// expect: true
const a = setTimeout(() => {}, 10);
const b = setInterval(() => {}, 10);
const c = setTimeout(() => {}, 10);
print(typeof a, Number.isInteger(a) && a > 0);
print(b > a, c > b);
clearTimeout(a);
clearInterval(b);
clearTimeout(c);
const d = setTimeout(() => {}, 0);
print(d > c);
