// A sleep counts its delay from when it starts, even when the script has
// kept the loop busy before it. After 200 ms of synchronous work,
// op_sleep(150) must still wait: a 30 ms timer set just after it fires first.
// needs: ops timers
// expect: timer 30
// expect: sleep 150
const start = Date.now();
while (Date.now() - start < 200) {}
Toy.core.ops.op_sleep(150).then(() => print("sleep 150"));
setTimeout(() => print("timer 30"), 30);
