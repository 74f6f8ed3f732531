// Ten thousand zero-delay timers all fire, in creation order.
// needs: timers
// expect: 10000 in order
const N = 10000;
let next = 0;
let inOrder = true;
for (let i = 0; i < N; i++) {
  setTimeout(() => {
    if (i !== next) inOrder = false;
    next++;
    if (next === N) print(next, inOrder ? "in order" : "out of order");
  }, 0);
}
