// Delays that are negative, NaN, infinite, missing, not numeric, or that
// wrap to a negative long all become 0, so these fire in creation order
// before a 50 ms timer made first; fractions are truncated (1.9 is 1).
// needs: timers
// expect: negative
// expect: nan
// expect: undefined
// expect: missing
// expect: infinity
// expect: minus-infinity
// expect: text
// expect: 2^31
// expect: 2^32
// expect: null
// expect: fraction
// expect: five
setTimeout(() => print("five"), 50);
setTimeout(() => print("negative"), -5);
setTimeout(() => print("nan"), NaN);
setTimeout(() => print("undefined"), undefined);
setTimeout(() => print("missing"));
setTimeout(() => print("infinity"), Infinity);
setTimeout(() => print("minus-infinity"), -Infinity);
setTimeout(() => print("text"), "soon");
setTimeout(() => print("2^31"), 2 ** 31);
setTimeout(() => print("2^32"), 2 ** 32);
setTimeout(() => print("null"), null);
setTimeout(() => print("fraction"), 1.9);
