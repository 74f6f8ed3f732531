// Rows that are not objects go in a Values column.
// needs: inspect
// expect: ┌───────┬────────┐
// expect: │ (idx) │ Values │
// expect: ├───────┼────────┤
// expect: │     0 │ 'a'    │
// expect: │     1 │ 'b'    │
// expect: └───────┴────────┘
// expect: ┌───────┬────────┐
// expect: │ (idx) │ Values │
// expect: ├───────┼────────┤
// expect: │ x     │      1 │
// expect: │ y     │      2 │
// expect: └───────┴────────┘
console.table(["a", "b"]);
console.table({ x: 1, y: 2 });
