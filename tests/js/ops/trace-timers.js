// Timers are ops too from this chapter on: setTimeout dispatches
// op_timer_start, clearTimeout op_timer_clear, both traced.
// needs: ops trace-ops timers
// flags: --trace-ops
// expect-stderr: op_timer_start
// expect-stderr: : Dispatched Slow
// expect-stderr: op_timer_start
// expect-stderr: : Completed Slow
// expect-stderr: op_timer_clear
// expect-stderr: : Dispatched Slow
// expect-stderr: op_timer_clear
// expect-stderr: : Completed Slow
clearTimeout(setTimeout(() => {}, 1000));
