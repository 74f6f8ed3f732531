// A module may import itself: it gets its own namespace, evaluated once.
// needs: modules
// expect: self true
import * as ns from "./fixtures/cycle/self.js";
import { myName } from "./fixtures/cycle/self.js";
print(myName(), ns.myName === myName);
