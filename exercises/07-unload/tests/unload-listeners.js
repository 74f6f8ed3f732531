// Listeners run in the order they were added, each once however often it
// was added; a removed one does not run; globalThis.onunload runs after
// them. Events of other types are never dispatched.
// needs: snapshots
// expect: first
// expect: second
// expect: onunload unload
const first = () => print("first");
const second = () => print("second");
const removed = () => print("removed");
addEventListener("unload", first);
addEventListener("unload", removed);
addEventListener("unload", second);
addEventListener("unload", first);
addEventListener("load", () => print("load is not dispatched"));
removeEventListener("unload", removed);
onunload = (event) => print("onunload", event.type);
