// Output from a loop comes out in order.
// needs: print
// expect: 0 0
// expect: 1 1
// expect: 2 4
// expect: 3 9
for (let i = 0; i < 4; i++) print(i, i * i);
