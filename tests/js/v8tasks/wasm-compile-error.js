// A module that does not compile rejects WebAssembly.compile's promise
// with a CompileError, in V8's task like a success; a rejection nobody
// handles then ends the program as any other does.
// needs: microtasks
// expect: CompileError
// expect-stderr: error: Uncaught (in promise) CompileError: WebAssembly.instantiate(): expected magic word 00 61 73 6d, found 01 02 03 04 @+0
// expect-exit: 1
WebAssembly.compile(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])).catch((e) => print(e.name));
WebAssembly.instantiate(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
