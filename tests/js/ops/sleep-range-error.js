// An async op that fails does not throw: it returns a promise that rejects.
// op_sleep takes 0 to 2^32-1 ms; a negative delay, NaN, an infinite or too
// large delay reject with RangeError.
// needs: ops
// expect: no throw true
// expect: RangeError op_sleep: delay must be a number of ms from 0 to 4294967295
// expect: NaN RangeError
// expect: Infinity RangeError
// expect: 4294967296 RangeError
const { op_sleep } = Toy.core.ops;
let p;
try {
  p = op_sleep(-1);
  print("no throw", p instanceof Promise);
} catch (e) {
  print("threw", String(e));
}
(async () => {
  try {
    await p;
  } catch (e) {
    print(e.constructor.name, e.message);
  }
  for (const ms of [NaN, Infinity, 2 ** 32]) {
    try {
      await op_sleep(ms);
      print(ms, "resolved");
    } catch (e) {
      print(ms, e.name);
    }
  }
})();
