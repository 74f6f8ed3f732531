// A function with properties shows them.
// needs: inspect
// expect: [Function: f] { x: 1 } [ [Function: f] { x: 1 } ]
function f() {}
f.x = 1;
console.log(f, [f]);
