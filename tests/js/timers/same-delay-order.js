// Timers due at the same time fire in the order they were created.
// needs: timers
// expect: 1 2 3 4 5 6
const seen = [];
for (let i = 1; i <= 6; i++) {
  setTimeout(() => {
    seen.push(i);
    if (seen.length === 6) print(seen.join(" "));
  }, 5);
}
