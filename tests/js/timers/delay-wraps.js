// The delay is a WebIDL long: taken modulo 2^32, so 2^32 + 1 is 1 ms.
// needs: timers
// expect: wrapped
// expect: later
const wrapped = setTimeout(() => print("wrapped"), 2 ** 32 + 1);
setTimeout(() => {
  print("later");
  clearTimeout(wrapped);  // so a wrong runtime still ends
}, 40);
