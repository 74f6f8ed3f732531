// navigator.hardwareConcurrency: how many CPUs the program may use.
// needs: workers
// expect: true
const n = navigator.hardwareConcurrency;
print(Number.isInteger(n) && n >= 1);
