/* Unit tests for the resource table (src/resources.c). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "resources.h"

static int closed[16];

static void record_close(void *data) {
    closed[(intptr_t)data]++;
}

static void rids_count_up_from_zero(void) {
    toy_resources t;
    toy_resources_init(&t);
    CHECK(toy_resources_add(&t, "stdin", (void *)0, NULL) == 0);
    CHECK(toy_resources_add(&t, "stdout", (void *)1, NULL) == 1);
    CHECK(toy_resources_add(&t, "fsFile", (void *)2, NULL) == 2);
    CHECK(toy_resources_close(&t, 1) == 0);
    CHECK(toy_resources_add(&t, "fsFile", (void *)3, NULL) == 3);   /* 1 is not reused */
    toy_resources_close_all(&t);
}

static void get_by_rid_and_name(void) {
    toy_resources t;
    toy_resources_init(&t);
    for (int i = 0; i < 100; i++) toy_resources_add(&t, i % 2 ? "fsFile" : "other", NULL, NULL);
    for (uint32_t rid = 0; rid < 100; rid += 3) toy_resources_close(&t, rid);
    for (uint32_t rid = 0; rid < 100; rid++) {
        toy_resource *r = toy_resources_get(&t, rid, NULL);
        CHECK((r == NULL) == (rid % 3 == 0));
        if (r) CHECK(r->rid == rid);
    }
    CHECK(toy_resources_get(&t, 1, "fsFile") != NULL);
    CHECK(toy_resources_get(&t, 1, "other") == NULL);
    CHECK(toy_resources_get(&t, 1000, NULL) == NULL);
    toy_resources_close_all(&t);
}

static void close_runs_once(void) {
    toy_resources t;
    toy_resources_init(&t);
    memset(closed, 0, sizeof closed);
    toy_resources_add(&t, "fsFile", (void *)5, record_close);
    CHECK(toy_resources_close(&t, 0) == 0);
    CHECK(closed[5] == 1);
    CHECK(toy_resources_close(&t, 0) == -1);                    /* closing twice */
    CHECK(closed[5] == 1);
    toy_resources_close_all(&t);
}

static void close_waits_for_ops_in_flight(void) {
    toy_resources t;
    toy_resources_init(&t);
    memset(closed, 0, sizeof closed);
    toy_resources_add(&t, "fsFile", (void *)7, record_close);
    toy_resource *r = toy_resources_get(&t, 0, "fsFile");
    toy_resource_ref(r);                  /* an async read holds it */
    CHECK(toy_resources_close(&t, 0) == 0);
    CHECK(toy_resources_get(&t, 0, NULL) == NULL);             /* gone for JS */
    CHECK(closed[7] == 0);                                     /* not yet for C */
    toy_resource_unref(r);
    CHECK(closed[7] == 1);
    toy_resources_close_all(&t);
}

static void close_all_closes_everything(void) {
    toy_resources t;
    toy_resources_init(&t);
    memset(closed, 0, sizeof closed);
    for (intptr_t i = 0; i < 10; i++) toy_resources_add(&t, "fsFile", (void *)i, record_close);
    toy_resources_close_all(&t);
    for (int i = 0; i < 10; i++) CHECK(closed[i] == 1);
    CHECK(t.len == 0);
}

static void json_in_rid_order(void) {
    toy_resources t;
    toy_resources_init(&t);
    toy_resources_add(&t, "stdin", NULL, NULL);
    toy_resources_add(&t, "stdout", NULL, NULL);
    toy_resources_add(&t, "fsFile", NULL, NULL);
    toy_resources_close(&t, 1);
    char *json = toy_resources_json(&t);
    CHECK(json != NULL && strcmp(json, "{\"0\":\"stdin\",\"2\":\"fsFile\"}") == 0);
    free(json);
    toy_resources_close_all(&t);
    json = toy_resources_json(&t);
    CHECK(json != NULL && strcmp(json, "{}") == 0);
    free(json);
}

int main(void) {
    RUN(rids_count_up_from_zero);
    RUN(get_by_rid_and_name);
    RUN(close_runs_once);
    RUN(close_waits_for_ops_in_flight);
    RUN(close_all_closes_everything);
    RUN(json_in_rid_order);
    return check_failed;
}
