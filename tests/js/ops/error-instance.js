// An instance of a Toy.errors class is an Error whose name is its class:
// String(e) and the first line of its stack read "NotFound: x", and it
// takes Error's options (cause).
// needs: ops
// expect: true true true
// expect: NotFound x
// expect: NotFound: x
// expect: NotFound: x
// expect: [object Error]
// expect: BadResource the cause
const e = new Toy.errors.NotFound("x");
print(e instanceof Error, e instanceof Toy.errors.NotFound, e.constructor === Toy.errors.NotFound);
print(e.name, e.message);
print(String(e));
print(e.stack.split("\n")[0]);
print(Object.prototype.toString.call(e));
const withCause = new Toy.errors.BadResource("bad rid", { cause: "the cause" });
print(withCause.name, withCause.cause);
