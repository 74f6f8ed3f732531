// performance.now() never goes back: each reading is at least the one
// before it, and after a timer it has moved on.
// expect: never decreased: true
// expect: moved on: true
let last = performance.now();
let ok = true;
for (let i = 0; i < 100000; i++) {
  const t = performance.now();
  if (t < last) ok = false;
  last = t;
}
print("never decreased:", ok);
const before = performance.now();
setTimeout(() => print("moved on:", performance.now() > before), 5);
