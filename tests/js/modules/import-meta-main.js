// import.meta.main is true in the module the runtime was asked to run.
// needs: modules
// expect: true boolean
print(import.meta.main, typeof import.meta.main);
