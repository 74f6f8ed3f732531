// Toy is the runtime's namespace object (as Deno is Deno's); exit is a
// function on it.
// expect: object function exit
print(typeof Toy, typeof Toy.exit, Toy.exit.name);
