// Toy.env.get(key) is the value of an environment variable, as a string.
// The test runner sets NO_COLOR=1 for every program it runs.
// expect: string 1
const value = Toy.env.get("NO_COLOR");
print(typeof value, value);
