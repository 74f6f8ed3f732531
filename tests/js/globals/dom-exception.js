// DOMException: an Error with a name, and the legacy code the web gives
// the older names (0 for the rest); what abort and timeout signals use.
// needs: globals
// expect: AbortError 20 true
// expect: TimeoutError 23
// expect: DataCloneError 25
// expect: Error 0 x
const abort = new DOMException("stopped", "AbortError");
console.log(abort.name, abort.code, abort instanceof Error);
console.log("TimeoutError", new DOMException("late", "TimeoutError").code);
console.log("DataCloneError", new DOMException("", "DataCloneError").code);
const plain = new DOMException("x");
console.log(plain.name, plain.code, plain.message);
