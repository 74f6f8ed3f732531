// An instance shows its class name; an empty one too.
// needs: inspect
// expect: Foo { x: 1 } Empty {}
class Foo { constructor() { this.x = 1; } }
class Empty {}
console.log(new Foo(), new Empty());
