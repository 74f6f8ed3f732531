// `--print CODE` runs CODE and prints its completion value as print() would.
// cmd: --print [1,2,3].map(x=>x*2)
// expect: 2,4,6
