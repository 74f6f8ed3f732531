// Only "json" is a module type toyjs knows: any other asserted type is
// an error at the import, and nothing runs.
// needs: modules
// expect-error: Invalid module type "css": only "json" is supported
// expect-stderr-line:     at ${URL}:7:20
print("never");
import styles from "./fixtures/json/config.json" assert { type: "css" };
