// A pending timer keeps the process alive; it ends, with exit code 0, once
// nothing is left.
// needs: timers
// expect: script ends
// expect: timer after 50 ms
// expect: interval 1
// expect: interval 2
setTimeout(() => {
  print("timer after 50 ms");
  let n = 0;
  const id = setInterval(() => {
    print("interval " + ++n);
    if (n === 2) clearInterval(id);
  }, 20);
}, 50);
print("script ends");
