// A module imported statically and then with import() is evaluated once:
// import() resolves to the same namespace object the static import has.
// needs: modules
// expect: counted 1
// expect: true 1
import * as staticNs from "./fixtures/counted.js";
print(staticNs.value, globalThis.counted);
const dynamicNs = await import("./fixtures/counted.js");
print(dynamicNs === staticNs, globalThis.counted);
