// Each argument is converted as String(x) would convert it.
// needs: print
// expect: null undefined
// expect: 1.5 0 NaN -Infinity 1e+21 255
// expect: 1,2,3 [object Object]
// expect: Symbol(tag) 12345678901234567890
// expect: custom
print(null, undefined);
print(1.5, -0, NaN, -Infinity, 1e21, 0xff);
print([1, [2, 3]], {});
print(Symbol("tag"), 12345678901234567890n);
print({ toString() { return "custom"; } });
