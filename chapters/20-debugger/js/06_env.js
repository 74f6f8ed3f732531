// 06_env.js: Toy.env and Toy.cwd(), each op checked by --allow-env or
// --allow-read in C.
"use strict";
((core) => {
  const { op_env_get, op_env_set, op_env_delete, op_env_to_object, op_fs_cwd } = core.ops;

  globalThis.Toy.env = {
    get(name) {
      return op_env_get(String(name)) ?? undefined;
    },
    set(name, value) {
      op_env_set(String(name), String(value));
    },
    delete(name) {
      op_env_delete(String(name));
    },
    has(name) {
      return op_env_get(String(name)) !== null;
    },
    toObject() {
      return op_env_to_object();
    },
  };
  globalThis.Toy.cwd = () => op_fs_cwd();
})(globalThis.Toy.core);
