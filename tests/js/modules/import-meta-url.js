// import.meta.url is the main module's own file:// URL.
// needs: modules
// expect: ${URL}
// expect: true
print(import.meta.url);
print(import.meta.url.startsWith("file:///") && import.meta.url.endsWith("/tests/js/modules/import-meta-url.js"));
