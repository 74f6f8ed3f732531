// The next run of an interval is scheduled from when the previous run
// started, so the time the callback takes is not added to the period.
// Each run busy-waits about 30 ms with a 60 ms period: the starts must be
// under 85 ms apart (adding the run time would give 90 ms or more), and
// not much closer than the period.
// needs: timers
// expect: ok
const starts = [];
const id = setInterval(() => {
  const start = Date.now();
  starts.push(start);
  while (Date.now() - start < 30) {}
  if (starts.length === 5) {
    clearInterval(id);
    const gaps = [];
    for (let i = 1; i < starts.length; i++) gaps.push(starts[i] - starts[i - 1]);
    const good = gaps.every((g) => g >= 50 && g < 85);
    print(good ? "ok" : "gaps between starts: " + gaps.join(" "));
  }
}, 60);
