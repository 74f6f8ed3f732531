// An import() that rejects with nobody handling it is an unhandled
// rejection: reported as such, exit 1.
// needs: modules rejections
// perms: --allow-read
// expect: after
// expect-error: Uncaught (in promise) TypeError: Module not found "file://${DIR}/fixtures/not-there.js".
import("./fixtures/not-there.js");
print("after");
