// performance.now() counts milliseconds from the runtime's start and
// only goes up; timeOrigin is when that start was.
// needs: globals
// expect: number true true true
// expect: true
const a = performance.now();
const b = performance.now();
print(typeof a, a >= 0, b >= a, a < 10000);
print(Math.abs(performance.timeOrigin + b - Date.now()) < 1000);
