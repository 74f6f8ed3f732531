// An async op counts as dispatched (by the async path) and pending when it
// starts, and as completed, no longer pending, once it settles. The metrics
// op is sync, so it is never pending itself: opsPending is exactly the
// sleep in flight.
// needs: ops metrics fastcalls
// (From chapter 08 every op's counts include fast, the calls its fast entry
// served.)
// expect: started {"dispatched":1,"completed":0,"failed":0,"slow":0,"async":1,"fast":0} pending 1
// expect: settled {"dispatched":1,"completed":1,"failed":0,"slow":0,"async":1,"fast":0} pending 0
// expect: crc {"dispatched":1,"completed":1,"failed":0,"slow":0,"async":1,"fast":0} pending 0
const { op_sleep, op_crc32 } = Toy.core.ops;
const sleeping = op_sleep(10);
let m = Toy.core.metrics();
print("started", JSON.stringify(m.ops.op_sleep), "pending", m.opsPending);
sleeping.then(async () => {
  m = Toy.core.metrics();
  print("settled", JSON.stringify(m.ops.op_sleep), "pending", m.opsPending);
  await op_crc32(new Uint8Array(100));
  m = Toy.core.metrics();
  print("crc", JSON.stringify(m.ops.op_crc32), "pending", m.opsPending);
});
