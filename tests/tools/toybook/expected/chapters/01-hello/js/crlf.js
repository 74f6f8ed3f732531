// crlf.js: written with CRLF line ends.
