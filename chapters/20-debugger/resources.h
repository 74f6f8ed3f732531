/* resources.h: the resource table, the runtime's file descriptors. Pure C.
 *
 * A resource is anything native that JS holds by number: an open file,
 * later a socket or a child process. JS sees only its rid (resource id);
 * the table maps rids to what they stand for and knows how to close each.
 * rids count up and are never reused, so a stale rid can never reach a
 * resource opened later. 0, 1 and 2 are stdin, stdout and stderr. */
#ifndef TOY_RESOURCES_H
#define TOY_RESOURCES_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct toy_resource {
    uint32_t rid;
    const char *name;            /* what Toy.resources() shows: "fsFile" */
    void *data;                  /* the thing itself, for its owner */
    void (*close)(void *data);   /* releases data; may be NULL */
    int refs;                    /* the table's reference + ops in flight */
} toy_resource;

typedef struct toy_resources {
    toy_resource **items;        /* open resources, sorted by rid */
    size_t len, cap;
    uint32_t next_rid;
} toy_resources;

void toy_resources_init(toy_resources *t);

/* Adds a resource and returns its rid, or -1 when out of memory (data is
 * then closed). */
int64_t toy_resources_add(toy_resources *t, const char *name, void *data,
                          void (*close)(void *data));

/* The open resource with that rid, or NULL. With a name, also NULL when
 * the resource is of another kind (a socket where a file was expected). */
toy_resource *toy_resources_get(const toy_resources *t, uint32_t rid, const char *name);

/* Takes the rid out of the table and closes the resource once no op is
 * using it any more. Returns 0, or -1 for a rid that is not open. */
int toy_resources_close(toy_resources *t, uint32_t rid);

/* Closes every resource (at exit). */
void toy_resources_close_all(toy_resources *t);

/* An op that uses a resource after it returns (an async read) holds a
 * reference, so closing the rid meanwhile cannot pull the file from under
 * it: the resource is closed when the last reference goes. */
void toy_resource_ref(toy_resource *r);
void toy_resource_unref(toy_resource *r);

/* {"0":"stdin","1":"stdout",...} in rid order, malloc'd. */
char *toy_resources_json(const toy_resources *t);

#ifdef __cplusplus
}
#endif

#endif
