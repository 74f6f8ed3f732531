// Dates print as ISO strings; an invalid one says so.
// needs: inspect
// expect: 1970-01-01T00:00:00.000Z
// expect: { when: 1970-01-02T00:00:00.000Z } Invalid Date
console.log(new Date(0));
console.log({ when: new Date(86400000) }, new Date(NaN));
