// import() of the main module's own URL gives its namespace: the module
// map already has it, so it is not evaluated again.
// needs: modules
// expect: main evaluated
// expect: true 1
globalThis.mainRuns = (globalThis.mainRuns ?? 0) + 1;
export const marker = "main";
print("main evaluated");
import(import.meta.url).then((ns) => print(ns.marker === marker, globalThis.mainRuns));
