// console.table draws a box: an (idx) column, one per property.
// needs: inspect
// expect: ┌───────┬────┬─────┬──────┐
// expect: │ (idx) │  a │ b   │ c    │
// expect: ├───────┼────┼─────┼──────┤
// expect: │     0 │  1 │ 'x' │      │
// expect: │     1 │ 22 │     │ true │
// expect: └───────┴────┴─────┴──────┘
console.table([{ a: 1, b: "x" }, { a: 22, c: true }]);
