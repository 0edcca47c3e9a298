// Requests that fetch() cannot make, for the benchmark and the tests of hostile requests.
import http from "node:http";

/**
 * Sends a chunked body of up to `totalMiB` MiB (no Content-Length), one MiB at a time, until the
 * server answers; resolves with the status, the body and how many MiB were sent by then.
 * @param {string} url
 * @param {number} totalMiB
 * @param {{ method?: string, headers?: Record<string, string> }} [options]
 * @returns {Promise<{ status: number, body: string, sentMiB: number }>}
 */
export function sendChunked(url, totalMiB, { method = "POST", headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(1024 * 1024, "a");
    let sent = 0;
    let answered = false;
    const request = http.request(url, { method, headers: { "Transfer-Encoding": "chunked", ...headers } }, (response) => {
      answered = true;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (data) => (body += data));
      response.on("end", () => resolve({ status: /** @type {number} */ (response.statusCode), body, sentMiB: sent }));
    });
    request.on("error", (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && sent < totalMiB) {
        sent++;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (!answered) request.end();
    };
    pump();
  });
}
