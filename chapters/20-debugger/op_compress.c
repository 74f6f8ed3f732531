/* op_compress.c: the "compression" extension: CompressionStream and
 * DecompressionStream (js/19_compression.js) on zlib, and, in the same
 * file of JavaScript, TextEncoderStream and TextDecoderStream, which need
 * no C.
 *
 * A zlib stream is a resource: JS creates one for a format and a
 * direction, feeds it bytes, and takes back what zlib made of them. Each
 * call returns at most ZLIB_PIECE bytes, however much the input expands
 * to, so a few hundred bytes that inflate to gigabytes cost the process
 * one piece at a time, as fast as the reader takes them. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "ops.h"

/* The most one call hands back to JS. */
#define ZLIB_PIECE (64 * 1024)

/* One zlib stream, as the resource table holds it. The input is the
 * stream's own copy of what JS fed it and zlib has not read yet: zlib
 * never reads the script's buffer, which the script (or a file read in
 * the threadpool) may change or detach while the stream lives. */
typedef struct zlib_stream {
    z_stream z;
    int inflating;            /* 1: decompresses (inflate), 0: compresses */
    int finishing;            /* JS called finish: no more input */
    int ended;                /* zlib reached the end of the stream */
    uint8_t *input;           /* unread input, input_len bytes from input_pos */
    size_t input_pos, input_len;
    char error[160];          /* why the stream failed; empty while it works */
} zlib_stream;

/* The resource's close: zlib's state, then the block. */
static void zlib_stream_close(void *data) {
    zlib_stream *zs = data;
    if (zs->inflating) inflateEnd(&zs->z);
    else deflateEnd(&zs->z);
    free(zs->input);
    free(zs);
}

/* The formats of the Compression standard, as zlib's windowBits: 15 is a
 * 32 KiB window with the zlib wrapper (RFC 1950), -15 the same window
 * bare (RFC 1951), 15 + 16 the gzip wrapper (RFC 1952). Decompressing
 * takes exactly the format asked for: no guessing between zlib and gzip. */
static const struct { const char *name; int window_bits; } zlib_formats[] = {
    { "deflate", 15 },
    { "deflate-raw", -15 },
    { "gzip", 15 + 16 },
};

/* op_compression_new(format, inflate): a rid for a new zlib stream that
 * compresses (inflate false) or decompresses data in format, which must
 * be "deflate", "deflate-raw" or "gzip". */
static void op_compression_new(toy_call *c) {
    const toy_str *format = &c->args[0].str;
    int inflating = c->args[1].b;
    int bits = 0;
    for (int i = 0; i < TOY_COUNT(zlib_formats); i++)
        if (format->len == strlen(zlib_formats[i].name) &&
            memcmp(format->data, zlib_formats[i].name, format->len) == 0)
            bits = zlib_formats[i].window_bits;
    if (bits == 0) {
        toy_call_fail(c, "TypeError", "Unsupported compression format: expected \"deflate\", "
                      "\"deflate-raw\" or \"gzip\"");
        return;
    }
    zlib_stream *zs = toy_call_alloc(c, sizeof *zs);
    if (zs == NULL) return;
    memset(zs, 0, sizeof *zs);
    zs->inflating = inflating;
    int ret = inflating ? inflateInit2(&zs->z, bits)
                        : deflateInit2(&zs->z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, bits, 8,
                                       Z_DEFAULT_STRATEGY);
    if (ret != Z_OK) {
        free(zs);
        toy_call_fail(c, "RangeError", "out of memory");
        return;
    }
    int64_t rid = toy_resources_add(&c->state->resources,
                                    inflating ? "decompressionStream" : "compressionStream", zs,
                                    zlib_stream_close);
    if (rid < 0) {
        toy_call_fail(c, "RangeError", "out of memory");
        return;
    }
    c->ret.u32 = (uint32_t)rid;
}

/* The zlib stream behind rid, or NULL with c failed: BadResource for a
 * rid that is not open or is not a zlib stream, TypeError for a stream
 * that failed before (zlib's state is no use after an error). */
static zlib_stream *zlib_stream_of(toy_call *c, uint32_t rid) {
    toy_resource *r = toy_call_resource(c, rid, NULL);
    if (r == NULL) return NULL;
    if (r->close != zlib_stream_close) {
        toy_call_fail(c, "BadResource", "Bad resource ID");   /* a rid, but not a zlib stream */
        return NULL;
    }
    zlib_stream *zs = r->data;
    if (zs->error[0] != '\0') {
        toy_call_fail(c, "TypeError", "%s", zs->error);
        return NULL;
    }
    return zs;
}

/* Fails c with a TypeError, and the stream with it for good. */
static void zlib_fail(toy_call *c, zlib_stream *zs, const char *message) {
    snprintf(zs->error, sizeof zs->error, "%s", message);
    toy_call_fail(c, "TypeError", "%s", zs->error);
}

/* Adds bytes to the stream's unread input, as a copy. Returns 0, or -1
 * with c failed. */
static int zlib_append(toy_call *c, zlib_stream *zs, const toy_bytes *bytes) {
    size_t left = zs->input_len - zs->input_pos;
    if (bytes->len > SIZE_MAX - left) {
        toy_call_fail(c, "RangeError", "out of memory");
        return -1;
    }
    uint8_t *input = toy_call_alloc(c, left + bytes->len);
    if (input == NULL) return -1;
    if (left > 0) memcpy(input, zs->input + zs->input_pos, left);
    memcpy(input + left, bytes->data, bytes->len);
    free(zs->input);
    zs->input = input;
    zs->input_pos = 0;
    zs->input_len = left + bytes->len;
    return 0;
}

/* One step of zlib over the unread input: zlib takes at most UINT_MAX
 * bytes a call (its counts are unsigned ints), so the input goes in
 * slices. Returns zlib's code. */
static int zlib_step(zlib_stream *zs) {
    size_t left = zs->input_len - zs->input_pos;
    uInt slice = left > UINT_MAX ? UINT_MAX : (uInt)left;
    zs->z.next_in = zs->input + zs->input_pos;
    zs->z.avail_in = slice;
    int ret;
    if (zs->inflating) ret = inflate(&zs->z, Z_NO_FLUSH);
    /* Z_FINISH only with the last slice in: zlib must get no more input
     * once it has been told to finish. */
    else ret = deflate(&zs->z, zs->finishing && left == slice ? Z_FINISH : Z_NO_FLUSH);
    zs->input_pos += slice - zs->z.avail_in;
    zs->z.next_in = NULL;                 /* never keep a pointer into input */
    zs->z.avail_in = 0;
    return ret;
}

/* What a zlib code says went wrong, or NULL when it is progress (or the
 * end of the stream). Running out of memory is not the data's fault: it
 * is said apart, as a RangeError. */
static const char zlib_out_of_memory[] = "out of memory";

static const char *zlib_problem(int ret, const z_stream *z) {
    switch (ret) {
    case Z_OK: case Z_BUF_ERROR: case Z_STREAM_END: return NULL;
    case Z_NEED_DICT: return "a preset dictionary is not supported";
    case Z_DATA_ERROR: return z->msg != NULL ? z->msg : "corrupt data";
    case Z_MEM_ERROR: return zlib_out_of_memory;
    default: return "zlib failed";
    }
}

/* Runs zlib until it has filled one piece, or needs more input, or
 * reached the end of the stream, and makes the piece c's result: empty
 * when zlib had nothing to give, which tells JS it has all there is for
 * now. A piece that is full may have more behind it: JS calls again. */
static void zlib_pump(toy_call *c, zlib_stream *zs) {
    uint8_t *out = toy_call_alloc(c, ZLIB_PIECE);
    if (out == NULL) return;
    zs->z.next_out = out;
    zs->z.avail_out = ZLIB_PIECE;
    const char *problem = NULL;
    while (!zs->ended && problem == NULL) {
        size_t before_in = zs->input_pos;
        uInt before_out = zs->z.avail_out;
        int ret = zlib_step(zs);
        if (ret == Z_STREAM_END) zs->ended = 1;
        problem = zlib_problem(ret, &zs->z);
        int progress = zs->input_pos != before_in || zs->z.avail_out != before_out;
        if (zs->z.avail_out == 0 || zs->input_pos == zs->input_len || !progress) break;
    }
    size_t made = ZLIB_PIECE - zs->z.avail_out;
    /* Decompressing, the end of the stream must be the end of the data.
     * What came before it is given first: the next call fails. */
    if (problem == NULL && zs->inflating && zs->ended && zs->input_pos < zs->input_len && made == 0)
        problem = "there is data after the end of the stream";
    zs->z.next_out = NULL;                /* nor a pointer into out */
    zs->z.avail_out = 0;
    if (problem != NULL) {
        free(out);
        if (problem == zlib_out_of_memory) {
            toy_call_fail(c, "RangeError", "out of memory");
        } else {
            char message[sizeof zs->error];
            snprintf(message, sizeof message, "Invalid compressed data: %s", problem);
            zlib_fail(c, zs, message);
        }
        return;
    }
    if (made == 0) {
        free(out);
        out = NULL;
    } else if (made < ZLIB_PIECE) {       /* give back what the piece does not use */
        uint8_t *smaller = realloc(out, made);
        if (smaller != NULL) out = smaller;
    }
    c->ret.bytes.data = out;
    c->ret.bytes.len = made;
}

/* op_compression_write(rid, bytes): feeds bytes to the stream and returns
 * the first piece of output, at most ZLIB_PIECE bytes; called again with
 * no bytes, the next piece, until a call returns an empty one. */
static void op_compression_write(toy_call *c) {
    zlib_stream *zs = zlib_stream_of(c, c->args[0].u32);
    if (zs == NULL) return;
    const toy_bytes *bytes = &c->args[1].bytes;
    if (bytes->len > 0) {
        if (zs->finishing) {
            toy_call_fail(c, "TypeError", "The stream is finished: it takes no more data");
            return;
        }
        if (zs->inflating && zs->ended) {
            zlib_fail(c, zs, "Invalid compressed data: there is data after the end of the stream");
            return;
        }
        if (zlib_append(c, zs, bytes) != 0) return;
    }
    zlib_pump(c, zs);
}

/* op_compression_finish(rid): ends the input and returns the next piece
 * of what is left (compressing: the last block and the format's trailer),
 * empty once there is no more. Decompressing, data that stops before the
 * end of the stream is a TypeError. */
static void op_compression_finish(toy_call *c) {
    zlib_stream *zs = zlib_stream_of(c, c->args[0].u32);
    if (zs == NULL) return;
    zs->finishing = 1;
    zlib_pump(c, zs);
    if (c->err_class == NULL && zs->inflating && c->ret.bytes.len == 0 && !zs->ended)
        zlib_fail(c, zs, "Invalid compressed data: it stops before the end of the stream");
}

static const toy_op compression_ops[] = {
    { .name = "op_compression_new", .fn = op_compression_new, .ret = TOY_RID,
      TOY_ARGS(TOY_STR, TOY_BOOL) },
    { .name = "op_compression_write", .fn = op_compression_write, .ret = TOY_BYTES,
      TOY_ARGS(TOY_RID, TOY_BYTES) },
    { .name = "op_compression_finish", .fn = op_compression_finish, .ret = TOY_BYTES,
      TOY_ARGS(TOY_RID) },
};

static const char *const compression_deps[] = { "streams", NULL };
static const char *const compression_js[] = { "js/19_compression.js", NULL };

const toy_extension toy_ext_compression = {
    .name = "compression", .deps = compression_deps, .ops = compression_ops,
    .nops = TOY_COUNT(compression_ops), .js = compression_js,
};
