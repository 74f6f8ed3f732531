// A Proxy prints as its target, as in Node: the console does not read
// through the proxy, so traps that throw do not make console.log throw.
// A revoked proxy says so.
// needs: inspect
// expect: { a: 1 }
// expect: [ 1, 2 ]
// expect: { deep: true }
// expect: <Revoked Proxy> [ <Revoked Proxy> ]
// expect: [Function: f]
console.log(new Proxy({ a: 1 }, { get() { throw new Error("trap"); } }));
console.log(new Proxy([1, 2], { ownKeys() { throw new Error("trap"); } }));
console.log(new Proxy(new Proxy({ deep: true }, {}), {}));
const { proxy, revoke } = Proxy.revocable({}, {});
revoke();
console.log(proxy, [proxy]);
console.log(new Proxy(function f() {}, {}));
