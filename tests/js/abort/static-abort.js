// AbortSignal.abort(reason) is already aborted; the constructor is not
// for programs.
// needs: abort
// expect: true 42
// expect: true AbortError
// expect: TypeError Illegal constructor.
print(AbortSignal.abort(42).aborted, AbortSignal.abort(42).reason);
print(AbortSignal.abort().aborted, AbortSignal.abort().reason.name);
try {
  new AbortSignal();
} catch (e) {
  print(e.name, e.message);
}
