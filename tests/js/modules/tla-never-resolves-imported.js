// An imported module whose top-level await never settles leaves the main
// module waiting forever too: the same error, exit 1.
// needs: modules
// expect-error: Top-level await promise never resolved
import "./fixtures/dynamic/never.js";
print("never");
