// Promises show their state, which JS itself cannot see.
// needs: inspect
// expect: Promise { 4 } Promise { <pending> } Promise { { a: 1 } }
const rejected = Promise.reject(new Error("no"));
rejected.catch(() => {});
console.log(Promise.resolve(4), new Promise(() => {}), Promise.resolve({ a: 1 }));
