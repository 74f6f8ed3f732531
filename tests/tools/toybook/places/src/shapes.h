#ifndef SHAPES_H
#define SHAPES_H

//> 01-hello h-top
#include <stddef.h>
//< 01-hello h-top

#define SHAPES_MAX 8

typedef void (*shape_cb)(void *data, int n);

typedef struct {
    int w;
//> 01-hello h-typedef-field
    int h;
//< 01-hello h-typedef-field
} rect;

struct shape {
    const char *name;   /* "{" in a comment */
//> 01-hello h-struct-field
    rect box;
//< 01-hello h-struct-field
};

//> 01-hello h-after-struct
int shape_area(const struct shape *s);
//< 01-hello h-after-struct

#endif
