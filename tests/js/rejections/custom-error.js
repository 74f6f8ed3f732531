// A rejection with an Error subclass shows its name.
// needs: rejections
// expect-error: Uncaught (in promise) HttpError: 404 Not Found
class HttpError extends Error {
  constructor(status, text) {
    super(status + " " + text);
    this.name = "HttpError";
  }
}
async function fetchPage() {
  throw new HttpError(404, "Not Found");
}
fetchPage();
