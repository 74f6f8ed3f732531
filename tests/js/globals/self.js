// self is the global object, as in a worker.
// needs: globals
// expect: true function
print(self === globalThis, typeof self.setTimeout);
