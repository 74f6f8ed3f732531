// An uncaught error ends the run at once, even with a long sleep pending:
// the runtime does not wait for the op (a hang here means it did).
// needs: ops errors
// expect-error: Uncaught Error: stop now
Toy.core.ops.op_sleep(60000).then(() => print("never"));
throw new Error("stop now");
