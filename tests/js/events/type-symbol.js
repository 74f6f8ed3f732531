// An event's type is a string: a Symbol given as the type is a
// TypeError, as WebIDL's conversion says, not an event named "Symbol()".
// needs: abort
// expect: Event: TypeError
// expect: CustomEvent: TypeError
// expect: ok: x
for (const [what, Cls] of [["Event", Event], ["CustomEvent", CustomEvent]]) {
  try {
    new Cls(Symbol("t"));
    print(`${what}: no error`);
  } catch (e) {
    print(`${what}: ${e.name}`);
  }
}
print("ok:", new CustomEvent("x").type);
