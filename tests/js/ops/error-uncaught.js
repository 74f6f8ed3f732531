// An uncaught Toy.errors error is reported by its class name.
// needs: ops errors
// expect-error: Uncaught PermissionDenied: not yours
// expect-stderr-line:     at ${URL}:5:7
throw new Toy.errors.PermissionDenied("not yours");
