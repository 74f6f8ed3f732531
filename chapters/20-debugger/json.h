/* json.h: the JSON text an op returns (a TOY_JSON result), written into
 * one growable buffer with one escaping rule. Commas are the writer's
 * business: a value or key after another at the same level gets one.
 * Running out of memory sticks: every call after it does nothing, and
 * toy_json_take gives NULL. */
#ifndef TOY_JSON_H
#define TOY_JSON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TOY_JSON_DEPTH 16

typedef struct toy_json {
    char *buf;                      /* the text so far, not NUL-terminated */
    size_t len, cap;
    int failed;                     /* out of memory (or nested too deep) */
    int depth;                      /* objects and arrays open */
    char close[TOY_JSON_DEPTH];     /* '}' or ']' for each of them */
    int count[TOY_JSON_DEPTH];      /* values written in each so far */
    int after_key;                  /* a key was written; its value is next */
} toy_json;

void toy_json_init(toy_json *j);
void toy_json_object(toy_json *j);                      /* { */
void toy_json_array(toy_json *j);                       /* [ */
void toy_json_end(toy_json *j);                         /* } or ] */
void toy_json_key(toy_json *j, const char *key);        /* "key": */
void toy_json_string(toy_json *j, const char *s, size_t len);
void toy_json_cstring(toy_json *j, const char *s);      /* NUL-terminated */
void toy_json_number(toy_json *j, double v);
void toy_json_uint(toy_json *j, uint64_t v);
void toy_json_bool(toy_json *j, int v);
void toy_json_null(toy_json *j);

/* The text, NUL-terminated and malloc'd (the caller frees it), with its
 * length in *len; NULL when memory ran out. The writer is empty after. */
char *toy_json_take(toy_json *j, size_t *len);

/* Frees what the writer holds, for a result given up half-way. */
void toy_json_free(toy_json *j);

#ifdef __cplusplus
}
#endif

#endif
