#include "shapes.h"

static const char *open_brace = "{";
static const char brace = '{';

int shape_area(const struct shape *s) {
    if (s->box.w > 0) {
        /* } */
//> 01-hello c-in-function
        return s->box.w * s->box.h;
//< 01-hello c-in-function
    }
    return 0;
}

static const char *const names[] = {
    "square",
//> 01-hello c-in-array
    "circle",
//< 01-hello c-in-array
};

//> 01-hello c-after-array
static int count;
//< 01-hello c-after-array
