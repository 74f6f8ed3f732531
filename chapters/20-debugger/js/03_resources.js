// 03_resources.js: the resource table as JS sees it: Toy.resources(),
// Toy.close(rid), and the standard streams as objects with their rids.
"use strict";
((core) => {
  const { op_resources, op_close } = core.ops;

  // { 0: "stdin", 1: "stdout", 2: "stderr", 3: "fsFile", ... }
  globalThis.Toy.resources = function resources() {
    return op_resources();
  };

  // Closes any resource by rid; a rid that is not open throws BadResource.
  globalThis.Toy.close = function close(rid) {
    op_close(rid);
  };
})(globalThis.Toy.core);
