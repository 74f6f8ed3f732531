// What does not fit in 80 columns goes one entry a line.
// needs: inspect
// expect: {
// expect:   first: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
// expect:   second: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
// expect:   third: 'cccccccccccccccccccccccccccccc'
// expect: }
// expect: [ 'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape' ]
console.log({ first: "a".repeat(30), second: "b".repeat(30), third: "c".repeat(30) });
console.log(["apple", "banana", "cherry", "date", "elderberry", "fig", "grape"]);
