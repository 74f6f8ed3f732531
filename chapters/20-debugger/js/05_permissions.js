// 05_permissions.js: Toy.permissions, as Deno.permissions: query what a
// descriptor's state is, request it (asking on the terminal when
// possible), revoke it. The decisions are made in C (permissions.c).
"use strict";
((core) => {
  const { op_permissions_query, op_permissions_request, op_permissions_revoke } = core.ops;
  const fields = { read: "path", write: "path", net: "host", env: "variable", run: "command" };

  class PermissionStatus {
    constructor(state) {
      this.state = state;
    }
  }

  // { name: "read", path: "/tmp" } -> ["read", "/tmp"]; a missing field
  // means the whole kind.
  function describe(descriptor) {
    if (descriptor === null || typeof descriptor !== "object") {
      throw new TypeError("a permission descriptor must be an object, like { name: \"read\" }");
    }
    const name = String(descriptor.name);
    const field = fields[name];
    if (field === undefined) {
      throw new TypeError(`The provided value "${name}" is not a valid permission name`);
    }
    const value = descriptor[field];
    return [name, value === undefined || value === null ? "" : String(value)];
  }

  const sync = (op) => (descriptor) => new PermissionStatus(op(...describe(descriptor)));
  const promised = (op) => async (descriptor) => sync(op)(descriptor);

  globalThis.Toy.PermissionStatus = PermissionStatus;
  globalThis.Toy.permissions = {
    query: promised(op_permissions_query),
    querySync: sync(op_permissions_query),
    request: promised(op_permissions_request),
    requestSync: sync(op_permissions_request),
    revoke: promised(op_permissions_revoke),
    revokeSync: sync(op_permissions_revoke),
  };
})(globalThis.Toy.core);
