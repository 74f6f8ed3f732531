// --allow-env allows every Toy.env call: get, set, has, delete and the
// whole environment at once with toObject().
// needs: perms
// perms: --allow-env
// expect: undefined false
// expect: one true
// expect: one
// expect: undefined false
Toy.env.delete("TOYJS_PERM_TEST");
print(Toy.env.get("TOYJS_PERM_TEST"), Toy.env.has("TOYJS_PERM_TEST"));
Toy.env.set("TOYJS_PERM_TEST", "one");
print(Toy.env.get("TOYJS_PERM_TEST"), Toy.env.has("TOYJS_PERM_TEST"));
print(Toy.env.toObject().TOYJS_PERM_TEST);
Toy.env.delete("TOYJS_PERM_TEST");
print(Toy.env.get("TOYJS_PERM_TEST"), Toy.env.has("TOYJS_PERM_TEST"));
