"use strict";
((core) => {
  const { op_print } = core.ops;
//> 01-hello js-after-destructuring
  const pattern = /[{]/g;
//< 01-hello js-after-destructuring

  function format(args) {
    const s = `${args.map((a) => `{${a}}`).join(" ")} }`;
//> 01-hello js-in-function
    return s;
//< 01-hello js-in-function
  }

  class Shape {
    constructor(name) {
      this.name = name;
    }

    area() {
//> 01-hello js-in-method
      return 0;
//< 01-hello js-in-method
    }

    resize(size = { w: 1, h: 2 }, opts = {}) {
//> 01-hello js-in-method-defaults
      this.size = size;
//< 01-hello js-in-method-defaults
    }

//> 01-hello js-in-class
    toString() {
      return this.name;
    }
//< 01-hello js-in-class
  }

  Object.assign(globalThis, {
    Shape,
    async draw(shape) {
//> 01-hello js-in-object-method
      op_print(format([shape]));
//< 01-hello js-in-object-method
    },
  });

//> 01-hello js-after-call
  globalThis.print = (s) => op_print(s);
//< 01-hello js-after-call
})(globalThis.core);
