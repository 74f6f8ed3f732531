// WebAssembly.instantiate compiles on V8's own threads and settles its
// promise in a task V8 posts to the isolate's queue: the loop must wake
// for that task and run it, and must not end while the compile is under
// way. Before, the promise never settled and the program ended, exit 0.
// needs: microtasks
// expect: script done
// expect: add(40, 2) = 42
// expect: exports: add
// A module of one function: (func (export "add") (param i32 i32)
// (result i32) local.get 0 local.get 1 i32.add).
const bytes = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x07, 0x01, 0x60,
  0x02, 0x7f, 0x7f, 0x01, 0x7f, 0x03, 0x02, 0x01, 0x00, 0x07, 0x07, 0x01,
  0x03, 0x61, 0x64, 0x64, 0x00, 0x00, 0x0a, 0x09, 0x01, 0x07, 0x00, 0x20,
  0x00, 0x20, 0x01, 0x6a, 0x0b,
]);
WebAssembly.instantiate(bytes)
  .then(({ instance }) => {
    print("add(40, 2) =", instance.exports.add(40, 2));
    return WebAssembly.compile(bytes);
  })
  .then((module) => {
    print("exports:", WebAssembly.Module.exports(module).map((e) => e.name).join(", "));
  });
print("script done");
