// console.timeEnd prints the label and the milliseconds since console.time.
// needs: inspect
// expect-stdout: t: 
// expect-stdout: ms
// expect-stdout: default: 
// expect-stdout: ms
console.time("t");
console.time();
console.timeEnd("t");
console.timeEnd();
