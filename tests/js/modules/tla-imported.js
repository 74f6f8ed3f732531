// A statically imported module with a top-level await holds back the
// module that imports it until it has finished.
// needs: modules timers
// expect: slow: start
// expect: slow: done
// expect: main true
import { ready } from "./fixtures/dynamic/slow.js";
print("main", ready);
