// A callback is called as itself, with globalThis as this: not through a
// .call or .apply property of its own, nor through a replaced
// Function.prototype.call or .apply.
// needs: timers
// expect: f ran true
// expect: g ran with-arg true
// expect: patched call used 0 times, apply 0 times
let patched = 0, patchedApply = 0;
function f() { print("f ran", this === globalThis); }
f.call = () => print("f.call used");
f.apply = () => print("f.apply used");
function g(x) { print("g ran", x, this === globalThis); }
g.apply = () => print("g.apply used");
g.call = () => print("g.call used");
const { call, apply } = Function.prototype;
Function.prototype.call = function (...a) { patched++; return apply.call(call, this, a); };
Function.prototype.apply = function (...a) { patchedApply++; return apply.call(apply, this, a); };
setTimeout(f, 0);
setTimeout(g, 0, "with-arg");
setTimeout(() => print(`patched call used ${patched} times, apply ${patchedApply} times`), 0);
