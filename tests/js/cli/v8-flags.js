// --v8-flags passes flags through to V8: --expose-gc installs `gc`.
// needs: cli
// flags: --v8-flags=--expose-gc
// expect: function
print(typeof gc);
gc();
