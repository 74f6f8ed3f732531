// The runtime's JS took its ops from Toy.core.ops when it started, so a
// script that replaces or deletes entries there does not break print,
// console.log or timers.
// needs: ops timers console
// expect: still printing
// expect: still logging
// expect: timer still fires
Toy.core.ops.op_print = () => { throw new Error("replaced"); };
delete Toy.core.ops.op_timer_start;
print("still printing");
console.log("still logging");
setTimeout(() => print("timer still fires"), 0);
