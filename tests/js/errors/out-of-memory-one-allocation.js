// One allocation far past the heap's limit: raising the limit for the
// unwinding cannot make room for it, and V8 gives up. Even then the
// program ends with toyjs's message and exit code 1, not V8's SIGTRAP.
// needs: globals
// flags: --v8-flags=--max-old-space-size=16
// expect-error: out of memory: the JavaScript heap reached its limit of 16 MB (--v8-flags=--max-old-space-size=MB sets it)
// expect-stderr: error: out of memory: the JavaScript heap is full (in 
const a = new Array(5e7).fill(1.5);
console.log("allocated?", a.length);
