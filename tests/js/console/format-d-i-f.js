// %d and %i integers (%i cuts the fraction), %f floats.
// needs: inspect
// expect: 42 7 42 1.5
// expect: NaN 10n
console.log("%d %d %i %f", 42, "7", 42.9, "1.5");
console.log("%d %i", {}, 10n);
