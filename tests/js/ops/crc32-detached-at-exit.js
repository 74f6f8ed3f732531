// An uncaught error ends the run while op_crc32 still reads its bytes on
// the threadpool, and the script has detached the buffer, so the op's own
// share of the backing store is all that holds the memory. The runtime
// must keep that share until the loop's last run has waited for the work:
// letting go of it first frees the bytes under the thread (a crash).
// needs: ops
// flags: --v8-flags=--allow-natives-syntax
// expect-error: Uncaught Error: the run ends with the work in flight
const bytes = new Uint8Array(32 << 20);
Toy.core.ops.op_crc32(bytes);
%ArrayBufferDetach(bytes.buffer);
throw new Error("the run ends with the work in flight");
