// Without --expose-gc there is no `gc` global.
// needs: cli
// expect: undefined
print(typeof gc);
