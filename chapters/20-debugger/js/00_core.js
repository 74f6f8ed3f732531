// 00_core.js: the first JavaScript the runtime runs. The bridge has put
// globalThis.Toy.core in place, holding the raw ops (Toy.core.ops) and a
// few functions of its own; this file adds the error classes ops throw,
// and Toy.core.metrics().
"use strict";
((core) => {
  // The errors ops throw, by class name: an op that fails with "NotFound"
  // throws a Toy.errors.NotFound. Each is an Error whose name is its class,
  // so an uncaught one prints as "NotFound: ...".
  const errors = {};
  for (const name of [
    "NotFound", "AlreadyExists", "PermissionDenied", "IsADirectory",
    "NotADirectory", "BadResource", "Interrupted", "BrokenPipe",
    "ConnectionRefused", "ConnectionReset", "AddrInUse", "TimedOut",
    "InvalidData", "WouldBlock",
  ]) {
    errors[name] = class extends Error {
      constructor(message, options) {
        super(message, options);
        this.name = name;
      }
    };
    Object.defineProperty(errors[name], "name", { value: name });
  }
  core.setErrorClasses(errors);
  globalThis.Toy.errors = errors;

  // Per-op counts: { ops: { op_print: { dispatched, completed, ... } },
  // opsDispatched, opsCompleted, opsFailed, opsPending }.
  core.metrics = () => core.ops.op_metrics();
})(globalThis.Toy.core);
