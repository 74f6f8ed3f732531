// The delay goes through ToNumber: valueOf is called once, right away, and
// a Symbol cannot be converted (TypeError).
// needs: timers
// expect: valueOf called
// expect: TypeError
// expect: fired
const delay = { valueOf() { print("valueOf called"); return 1; } };
setTimeout(() => print("fired"), delay);
try {
  setTimeout(() => print("never"), Symbol("no"));
} catch (e) {
  print(e.name);
}
