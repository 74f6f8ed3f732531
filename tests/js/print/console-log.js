// console.log prints like print (strings and numbers only here: later
// chapters format objects differently).
// needs: console
// expect: a 1 2.5
// expect:
// expect: héllo
console.log("a", 1, 2.5);
console.log();
console.log("héllo");
