// import() of a bare specifier rejects with a TypeError (it does not
// throw synchronously).
// needs: modules
// expect: promise
// expect: TypeError Relative import path "lodash" not prefixed with / or ./ or ../
const p = import("lodash");
print(p instanceof Promise ? "promise" : typeof p);
p.catch((e) => print(e.name, e.message));
