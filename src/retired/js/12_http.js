// retired/js/12_http.js: code of earlier chapters that a later chapter
// replaces, spliced back into js/12_http.js by book/tools/toybook (see
// its README).

//> 13-http omit < 14-fetch http-target-url
    // absolute-form, "scheme://host[:port][/path][?query]" (the parser
    // checked it): the scheme and the host are not case-sensitive.
    const from = target.indexOf("://") + 3;
    let end = target.slice(from).search(/[/?]/);
    end = end < 0 ? target.length : from + end;
    const path = target.slice(end);
    return target.slice(0, end).toLowerCase() + (path.startsWith("/") ? path : `/${path}`);
//< 13-http omit
