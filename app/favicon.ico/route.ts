// Browsers ask for /favicon.ico on pages whose head names no icon (an error page, a feed opened in
// a tab); the site's icon is app/icon.svg. A permanent redirect answers them instead of a 404.
export function GET(request: Request) {
  return Response.redirect(new URL("/icon.svg", request.url), 308);
}
