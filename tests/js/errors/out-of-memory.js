// A program that fills the heap ends with a message and exit code 1,
// instead of V8's "Fatal JavaScript out of memory" and a signal. It ends
// as Toy.exit ends a program: the finally block does not run.
// needs: globals
// flags: --v8-flags=--max-old-space-size=16
// expect: filling the heap
// expect-error: out of memory: the JavaScript heap reached its limit of 16 MB (--v8-flags=--max-old-space-size=MB sets it)
console.log("filling the heap");
const kept = [];
try {
  for (;;) kept.push(new Array(100000).fill(kept.length));
} finally {
  console.log("finally ran");
}
