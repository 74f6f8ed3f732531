// retired/http_parser.c: code of earlier chapters that a later chapter
// replaces, spliced back into http_parser.c by book/tools/toybook (see its
// README).

//> 13-http omit < 18-pipes http-parser-chunks-streamed
        if (size > HTTP_MAX_BODY - total || next - head_end > 2 * (size_t)HTTP_MAX_BODY)
            return fail(req, 413, "request body too large");
//< 13-http omit

//> 13-http omit < 18-pipes http-parser-body-follows
    if (chunked) return parse_chunked(buf, len, head_end, req, used, p);
    if (length > HTTP_MAX_BODY) return fail(req, 413, "request body too large");
    if (len - head_end < length) {
        p->need = head_end + length;     /* nothing to do before the body is all there */
        return HTTP_INCOMPLETE;
    }
//< 13-http omit

//> 13-http omit < 18-pipes http-parse-scratch
    http_progress scratch = { 0, 0, 0, 0 };
//< 13-http omit
