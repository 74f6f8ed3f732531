// %s asks whether an object has a toString of its own, and a Proxy is
// asked through its target, as the rest of the console does: a revoked
// one prints as <Revoked Proxy> instead of making console.log throw, and
// one whose traps throw prints as its target. %f of a revoked one is NaN.
// needs: inspect
// expect: <Revoked Proxy> <Revoked Proxy>
// expect: { a: 1 }
// expect: NaN NaN
const { proxy, revoke } = Proxy.revocable({}, {});
revoke();
const fn = Proxy.revocable(function f() {}, {});
fn.revoke();
console.log("%s %s", proxy, fn.proxy);
const trap = () => { throw new Error("trap"); };
console.log("%s", new Proxy({ a: 1 }, { get: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap }));
console.log("%f %f", proxy, fn.proxy);
