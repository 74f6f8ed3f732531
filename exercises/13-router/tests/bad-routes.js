// Mistakes in the table are reported when the router is made, not when a
// request comes: a key that is not "METHOD /path", or a handler that is
// not a function, is a TypeError naming the route.
// needs: http
// expect: TypeError: Invalid route "/users": expected "METHOD /path"
// expect: TypeError: Invalid route "GET users": expected "METHOD /path"
// expect: TypeError: The handler of route "GET /" is not a function
// expect: function
const tables = [
  { "/users": () => null },
  { "GET users": () => null },
  { "GET /": "hello" },
];
for (const table of tables) {
  try {
    Toy.router(table);
    print("accepted", JSON.stringify(Object.keys(table)));
  } catch (e) {
    print(`${e.name}: ${e.message}`);
  }
}
print(typeof Toy.router({ "GET /": () => new Response("ok") }));
