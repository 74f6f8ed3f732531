// Toy.env.delete(key) unsets a variable; deleting one that is not set is
// no error.
// expect: yes
// expect: undefined false
// expect: still fine
Toy.env.set("TOYJS_LAB_GONE", "yes");
print(Toy.env.get("TOYJS_LAB_GONE"));
Toy.env.delete("TOYJS_LAB_GONE");
print(Toy.env.get("TOYJS_LAB_GONE"), Toy.env.has("TOYJS_LAB_GONE"));
Toy.env.delete("TOYJS_LAB_GONE");
Toy.env.delete("TOYJS_LAB_NEVER_SET");
print("still fine");
