// A bare specifier names no file: import.meta.resolve throws a TypeError
// with the message Deno gives.
// needs: modules
// expect: TypeError
// expect: Relative import path "lodash" not prefixed with / or ./ or ../
// expect: Relative import path "a.js" not prefixed with / or ./ or ../
for (const specifier of ["lodash", "a.js"]) {
  try {
    import.meta.resolve(specifier);
    print("no error for", specifier);
  } catch (e) {
    if (specifier === "lodash") print(e.constructor === TypeError ? "TypeError" : e.name);
    print(e.message);
  }
}
