/* resources.c: the resource table (see resources.h). The open resources
 * sit in an array sorted by rid: new rids are always the largest, so
 * adding appends, and finding is a binary search. */
#include "resources.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void toy_resources_init(toy_resources *t) {
    t->items = NULL;
    t->len = t->cap = 0;
    t->next_rid = 0;
}

int64_t toy_resources_add(toy_resources *t, const char *name, void *data,
                          void (*close)(void *data)) {
    toy_resource *r = malloc(sizeof *r);
    if (r != NULL && t->len == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 16;
        toy_resource **items = realloc(t->items, cap * sizeof *items);
        if (items == NULL) { free(r); r = NULL; }
        else { t->items = items; t->cap = cap; }
    }
    if (r == NULL) {
        if (close) close(data);
        return -1;
    }
    r->rid = t->next_rid++;
    r->name = name;
    r->data = data;
    r->close = close;
    r->refs = 1;                          /* the table's own reference */
    t->items[t->len++] = r;
    return r->rid;
}

/* Index of rid in the sorted array, or -1. */
static long find(const toy_resources *t, uint32_t rid) {
    size_t lo = 0, hi = t->len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->items[mid]->rid == rid) return (long)mid;
        if (t->items[mid]->rid < rid) lo = mid + 1;
        else hi = mid;
    }
    return -1;
}

toy_resource *toy_resources_get(const toy_resources *t, uint32_t rid, const char *name) {
    long i = find(t, rid);
    if (i < 0) return NULL;
    toy_resource *r = t->items[i];
    if (name != NULL && strcmp(r->name, name) != 0) return NULL;
    return r;
}

void toy_resource_ref(toy_resource *r) {
    r->refs++;
}

void toy_resource_unref(toy_resource *r) {
    if (--r->refs > 0) return;
    if (r->close) r->close(r->data);
    free(r);
}

int toy_resources_close(toy_resources *t, uint32_t rid) {
    long i = find(t, rid);
    if (i < 0) return -1;
    toy_resource *r = t->items[i];
    memmove(&t->items[i], &t->items[i + 1], (t->len - (size_t)i - 1) * sizeof *t->items);
    t->len--;
    toy_resource_unref(r);                /* drop the table's reference */
    return 0;
}

void toy_resources_close_all(toy_resources *t) {
    while (t->len > 0) toy_resources_close(t, t->items[t->len - 1]->rid);
    free(t->items);
    t->items = NULL;
    t->cap = 0;
}

char *toy_resources_json(const toy_resources *t) {
    size_t cap = 16 + t->len * 48, len = 0;
    for (size_t i = 0; i < t->len; i++) cap += strlen(t->items[i]->name);
    char *out = malloc(cap);
    if (out == NULL) return NULL;
    out[len++] = '{';
    for (size_t i = 0; i < t->len; i++)
        len += (size_t)snprintf(out + len, cap - len, "%s\"%u\":\"%s\"", i ? "," : "",
                                t->items[i]->rid, t->items[i]->name);
    out[len++] = '}';
    out[len] = '\0';
    return out;
}
