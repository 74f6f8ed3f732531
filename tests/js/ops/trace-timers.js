// Timers are ops too from this chapter on: setTimeout dispatches
// op_timer_start, clearTimeout op_timer_clear, both traced.
// needs: ops trace-ops timers
// flags: --trace-ops
// expect-stderr: dispatch  Slow  op_timer_start
// expect-stderr: complete  Slow  op_timer_start ok
// expect-stderr: dispatch  Slow  op_timer_clear
// expect-stderr: complete  Slow  op_timer_clear ok
clearTimeout(setTimeout(() => {}, 1000));
