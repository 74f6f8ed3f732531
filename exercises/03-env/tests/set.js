// Toy.env.set(key, value) sets a variable; setting it again replaces the
// value. Toy.env.has(key) says whether it is set.
// expect: false
// expect: one true
// expect: two
print(Toy.env.has("TOYJS_LAB_VAR"));
Toy.env.set("TOYJS_LAB_VAR", "one");
print(Toy.env.get("TOYJS_LAB_VAR"), Toy.env.has("TOYJS_LAB_VAR"));
Toy.env.set("TOYJS_LAB_VAR", "two");
print(Toy.env.get("TOYJS_LAB_VAR"));
