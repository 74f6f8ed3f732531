// Toy.build: the target toyjs was built for.
// needs: globals
// expect: { os: 'linux', arch: 'x86_64' }
console.log(Toy.build);
