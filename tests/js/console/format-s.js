// %s puts a string in; numbers and objects too.
// needs: inspect
// expect: a and 1
// expect: { a: 1 }|[ 1, 2 ]
// expect: only extra 3
console.log("%s and %s", "a", 1);
console.log("%s|%s", { a: 1 }, [1, 2]);
console.log("%s", "only", "extra", 3);
