// %% is a percent sign; a substitution with no argument left stays.
// needs: inspect
// expect: 100% sure %d
// expect: %x a
console.log("100%% %s %d", "sure");
console.log("%x %s", "a");
