// Settling an op's promise is followed by a microtask checkpoint: the
// promise jobs it starts (and the jobs those queue) all run before the next
// timer callback, even when the timer is due in the same loop turn.
// Busy-waiting makes the timer and the sleep both due at once; whichever
// runs first, its jobs must finish before the other callback starts.
// needs: ops timers microtasks
// expect: ok
const log = [];
Toy.core.ops.op_sleep(0).then(() => {
  log.push("sleep");
  Promise.resolve().then(() => log.push("sleep job 1"))
    .then(() => queueMicrotask(() => log.push("sleep job 2")));
});
setTimeout(() => {
  log.push("timer");
  queueMicrotask(() => log.push("timer job"));
}, 0);
const start = Date.now();
while (Date.now() - start < 20) {}
setTimeout(() => {
  const s = log.indexOf("sleep");
  const t = log.indexOf("timer");
  const good = log.length === 5 &&
    log.slice(s, s + 3).join() === "sleep,sleep job 1,sleep job 2" &&
    log.slice(t, t + 2).join() === "timer,timer job";
  print(good ? "ok" : "order: " + log.join(", "));
}, 50);
