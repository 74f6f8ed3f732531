// console.error and console.warn write to stderr, log/info/debug to stdout.
// needs: inspect
// expect-stderr-line: to stderr
// expect-stderr-line: warned { a: 1 }
// expect: out
// expect: info
// expect: debug
console.log("out");
console.error("to stderr");
console.warn("warned", { a: 1 });
console.info("info");
console.debug("debug");
