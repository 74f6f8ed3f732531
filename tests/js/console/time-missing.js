// Ending a timer that was never started warns on stderr.
// needs: inspect
// expect-stderr-line: Timer 'nope' does not exist
console.timeEnd("nope");
