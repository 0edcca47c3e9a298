// A control for the benchmark: a bare Node.js HTTP server that replays responses captured from the
// app, byte for byte (status, headers, body; Node adds Date and Connection), doing nothing else.
// Loaded like the app's routes, it shows what this machine and the load tool allow for exactly
// those responses. That matters because the load tool's own cost grows with the size of a body,
// and much more for compressed (binary) bodies than for text: the app's ratio to this control is
// the share of the reachable throughput it gets.
// Run as its own process, like the app: fork("bare-server.mjs", [port]); then send it
// { path, status, headers, body (base64) } messages, each answered with "stored".
import http from "node:http";

const port = Number(process.argv[2]);
const responses = new Map();

process.on("message", ({ path, status, headers, body }) => {
  responses.set(path, { status, headers, body: Buffer.from(body, "base64") });
  process.send("stored");
});

http
  .createServer((req, res) => {
    const response = responses.get(req.url);
    if (!response) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(response.status, { ...response.headers, "content-length": response.body.length });
    res.end(response.body);
  })
  .listen(port, "127.0.0.1", () => process.send("ready"));
