// A broadcast message is a structured clone, one for each channel that
// gets it: objects, Maps, Dates and typed arrays are copied (what one
// receiver changes the other does not see, and the sender keeps its
// buffer), a SharedArrayBuffer is the same memory everywhere. What
// cannot be cloned, a function or a MessagePort, throws a
// DataCloneError, and nothing is sent.
// needs: workers
// expect: function: DataCloneError
// expect: port: DataCloneError
// expect: b: 1,2,3 Map 2 2001 true
// expect: c: 1,2,3 Map 2 2001 true
// expect: sender keeps 3 bytes
// expect: shared memory: 99
const a = new BroadcastChannel("clone"), b = new BroadcastChannel("clone"), c = new BroadcastChannel("clone");
for (const [label, value] of [["function", () => 1], ["port", new MessageChannel().port1]]) {
  try {
    a.postMessage({ value });
    print(`${label}: sent`);
  } catch (e) {
    print(`${label}: ${e.name}`);
  }
}
const bytes = new Uint8Array([1, 2, 3]);
const shared = new Int32Array(new SharedArrayBuffer(4));
a.postMessage({ bytes, map: new Map([["k", 1], ["j", 2]]), when: new Date(Date.UTC(2001, 0, 1)), shared });
let got = 0;
function receive(label) {
  return (e) => {
    const { bytes: copy, map, when, shared: view } = e.data;
    print(`${label}: ${copy.join(",")} ${map.constructor.name} ${map.size} ${when.getUTCFullYear()} ${copy !== bytes}`);
    copy[0] = 42;  // only this copy
    if (label === "b") Atomics.store(view, 0, 99);
    if (++got === 2) {
      print(`sender keeps ${bytes.byteLength} bytes`);
      print(`shared memory: ${Atomics.load(shared, 0)}`);
      a.close(); b.close(); c.close();
    }
  };
}
b.onmessage = receive("b");
c.onmessage = receive("c");
