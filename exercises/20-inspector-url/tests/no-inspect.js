// Without --inspect there is no debugger: Toy.inspector.url() is
// undefined, every time it is asked, and ignores arguments.
// expect: function
// expect: undefined
// expect: undefined
// expect: true
print(typeof Toy.inspector.url);
print(Toy.inspector.url());
print(Toy.inspector.url("ws://example.com", 9229));
print(Toy.inspector.url() === undefined);
