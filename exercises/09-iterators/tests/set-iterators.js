// A Set's values(), keys() and [Symbol.iterator]() all give its values:
// "[Set Iterator]". Its entries() gives [value, value] pairs, as the
// standard says: "[Set Entries]".
// needs: inspect
// expect: [Set Iterator] { 1, 'two' } [Set Iterator] { 1, 'two' } [Set Iterator] { 1, 'two' }
// expect: [Set Entries] { [ 1, 1 ], [ 'two', 'two' ] }
const s = new Set([1, "two"]);
console.log(s.values(), s.keys(), s[Symbol.iterator]());
console.log(s.entries());
