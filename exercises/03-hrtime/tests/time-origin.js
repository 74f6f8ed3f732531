// performance.timeOrigin is when the runtime started, in milliseconds
// since 1970: with performance.now() added, it is the time Date.now()
// gives. It does not change while the program runs.
// expect: number true
// expect: same origin: true
const origin = performance.timeOrigin;
const gap = Math.abs(origin + performance.now() - Date.now());
print(typeof origin, gap < 1000 ? true : "off by " + gap + " ms");
setTimeout(() => print("same origin:", performance.timeOrigin === origin), 5);
