// op_hypot(a, b) is the length of the vector (a, b), computed by C's
// hypot: exact for whole-number triangles, no overflow where a * a would
// overflow, Infinity if either side is infinite (even against NaN), NaN
// otherwise for NaN, never -0. Called before any optimization: these are
// the slow path's answers.
// needs: fastcalls
// expect: 5 13 2.5 0 true
// expect: 1.4142135623730952e+300
// expect: Infinity Infinity NaN
const { op_hypot } = Toy.core.ops;
print(op_hypot(3, 4), op_hypot(-5, 12), op_hypot(1.5, -2), op_hypot(0, 0),
  Object.is(op_hypot(-0, -0), 0));
print(op_hypot(1e300, 1e300));
print(op_hypot(Infinity, NaN), op_hypot(NaN, -Infinity), op_hypot(NaN, 1));
