// tail.js: its last line has no newline.
last();
end();