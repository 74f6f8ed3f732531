// Holes in arrays are counted, not printed as undefined, even when there
// are billions of them (the formatter must not visit each index).
// needs: inspect
// expect: [ 1, <1 empty item>, 3 ] [ <2 empty items> ] [ <5 empty items> ]
// expect: [ <4294967294 empty items>, 'last' ]
// expect: [ 1, 2, 3, <7 empty items>, x: 1 ]
// expect: [ 0, <1 empty item>, 2, <1 empty item>, 4, ... 94 more items ]
console.log([1, , 3], [, , ], new Array(5));
const huge = [];
huge[2 ** 32 - 2] = "last";
console.log(huge);
const longer = [1, 2, 3];
longer.length = 10;
longer.x = 1;
console.log(longer);
const every2 = [];
for (let i = 0; i < 100; i += 2) every2[i] = i;
console.log(Toy.inspect(every2, { maxArrayLength: 5 }));
