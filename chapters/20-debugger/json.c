/* json.c: the JSON writer of json.h. */
#include "json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void toy_json_init(toy_json *j) {
    memset(j, 0, sizeof *j);
}

/* Appends n bytes, growing the buffer; on failure marks the writer failed
 * and frees what it held. */
static void put(toy_json *j, const char *s, size_t n) {
    if (j->failed) return;
    if (j->len + n + 1 > j->cap) {
        size_t cap = j->cap ? j->cap : 256;
        while (cap < j->len + n + 1) cap *= 2;
        char *bigger = realloc(j->buf, cap);
        if (bigger == NULL) {
            toy_json_free(j);
            j->failed = 1;
            return;
        }
        j->buf = bigger;
        j->cap = cap;
    }
    memcpy(j->buf + j->len, s, n);
    j->len += n;
}

/* Before any value: the comma that separates it from the one before, at
 * this level, unless it is the value of a key just written. */
static void before_value(toy_json *j) {
    if (j->after_key) {
        j->after_key = 0;
        return;
    }
    if (j->depth > 0 && j->count[j->depth - 1]++ > 0) put(j, ",", 1);
}

/* The one escaping rule: a quote, a backslash and the control characters
 * are escaped, as JSON requires; every other byte is copied, so UTF-8
 * text stays as it is (and bytes that are not UTF-8 become U+FFFD when
 * the bridge makes a JS string of the text). */
void toy_json_string(toy_json *j, const char *s, size_t len) {
    before_value(j);
    put(j, "\"", 1);
    size_t start = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch >= 0x20 && ch != '"' && ch != '\\') continue;
        put(j, s + start, i - start);
        char esc[8];
        if (ch == '"' || ch == '\\') snprintf(esc, sizeof esc, "\\%c", ch);
        else if (ch == '\n') snprintf(esc, sizeof esc, "\\n");
        else if (ch == '\t') snprintf(esc, sizeof esc, "\\t");
        else snprintf(esc, sizeof esc, "\\u%04x", ch);
        put(j, esc, strlen(esc));
        start = i + 1;
    }
    put(j, s + start, len - start);
    put(j, "\"", 1);
}

static void open_value(toy_json *j, char open, char close) {
    before_value(j);
    if (j->depth == TOY_JSON_DEPTH) {
        toy_json_free(j);
        j->failed = 1;
        return;
    }
    put(j, &open, 1);
    j->close[j->depth] = close;
    j->count[j->depth] = 0;
    j->depth++;
}

void toy_json_object(toy_json *j) {
    open_value(j, '{', '}');
}

void toy_json_array(toy_json *j) {
    open_value(j, '[', ']');
}

void toy_json_end(toy_json *j) {
    if (j->depth == 0) return;
    j->depth--;
    put(j, &j->close[j->depth], 1);
}

void toy_json_key(toy_json *j, const char *key) {
    toy_json_cstring(j, key);
    put(j, ":", 1);
    j->after_key = 1;
}

void toy_json_cstring(toy_json *j, const char *s) {
    toy_json_string(j, s, strlen(s));
}

/* Numbers as JSON has them: NaN and the infinities, which it has not,
 * become null. */
void toy_json_number(toy_json *j, double v) {
    char num[32];
    if (v != v || v > 1.7976931348623157e308 || v < -1.7976931348623157e308) {
        toy_json_null(j);
        return;
    }
    before_value(j);
    int n = snprintf(num, sizeof num, "%.17g", v);
    put(j, num, (size_t)n);
}

/* Digits written back to front: snprintf would parse a format string for
 * each number, and results such as Toy.core.metrics() hold dozens. */
void toy_json_uint(toy_json *j, uint64_t v) {
    char num[24];
    size_t at = sizeof num;
    do {
        num[--at] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    before_value(j);
    put(j, num + at, sizeof num - at);
}

void toy_json_bool(toy_json *j, int v) {
    before_value(j);
    put(j, v ? "true" : "false", v ? 4 : 5);
}

void toy_json_null(toy_json *j) {
    before_value(j);
    put(j, "null", 4);
}

char *toy_json_take(toy_json *j, size_t *len) {
    if (j->failed || j->buf == NULL) {
        toy_json_free(j);
        return NULL;
    }
    j->buf[j->len] = '\0';  /* put always leaves room for it */
    char *text = j->buf;
    *len = j->len;
    toy_json_init(j);
    return text;
}

void toy_json_free(toy_json *j) {
    free(j->buf);
    j->buf = NULL;
    j->len = j->cap = 0;
}
