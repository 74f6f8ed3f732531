// Holes in arrays are counted, not printed as undefined.
// needs: inspect
// expect: [ 1, <1 empty item>, 3 ] [ <2 empty items> ] [ <5 empty items> ]
console.log([1, , 3], [, , ], new Array(5));
