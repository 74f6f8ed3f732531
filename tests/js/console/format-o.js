// %o and %O inspect their argument; %c takes CSS and prints nothing.
// needs: inspect
// expect: { a: [ 1 ] }|{ b: 2 }
// expect: red plain
console.log("%o|%O", { a: [1] }, { b: 2 });
console.log("%cred%c plain", "color: red", "");
