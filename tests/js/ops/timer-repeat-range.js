// op_timer_repeat takes the new period as a double; one that is NaN,
// negative or too large for the timer is clamped as op_timer_start
// clamps a delay (NaN and below 0 to 0), never cast to an integer as it
// is: that is undefined behaviour in C, and on x86 a period of NaN made
// the interval never run again (the program then waited for ever).
// needs: ops timers
// expect: NaN: ran 3 times
// expect: -1: ran 3 times
// expect: 1e+300: ran once
const { op_timer_repeat } = Toy.core.ops;
const periods = [NaN, -1, 1e300];
function next(k) {
  if (k === periods.length) return;
  const period = periods[k];
  let runs = 0;
  const id = setInterval(() => {
    runs++;
    if (runs === 1) op_timer_repeat(id, period);
    if (runs === 3 || period === 1e300) {
      clearInterval(id);
      print(`${period}: ran ${runs === 1 ? "once" : runs + " times"}`);
      next(k + 1);
    }
  }, 1);
}
next(0);
