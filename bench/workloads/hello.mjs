// hello.mjs: hello world. Timed from outside as a whole process (start-up
// and exit) and measured for peak memory.
console.log("hello world");
