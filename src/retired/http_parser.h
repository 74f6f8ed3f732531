// retired/http_parser.h: code of earlier chapters that a later chapter
// replaces, spliced back into http_parser.h by book/tools/toybook (see its
// README).

//> 13-http omit < 18-pipes http-max-body-joined
#define HTTP_MAX_BODY    (8 * 1024 * 1024)   /* a request body: more is 413 */
//< 13-http omit

//> 13-http omit < 18-pipes http-parser-head-status
    HTTP_ERROR         /* malformed or too large: answer req.error_status and close */
//< 13-http omit
