// For wrappers that decide what to send only once Next.js has answered: res.writeHead(status,
// headers) then just records the status and headers on the response, to be sent with the body.

/** Makes `res.writeHead` record instead of send. */
export function deferWriteHead(res) {
  res.writeHead = function (status, reason, headers) {
    res.statusCode = status;
    const fields = typeof reason === "object" && reason !== null ? reason : headers;
    if (Array.isArray(fields)) for (let i = 0; i < fields.length; i += 2) res.setHeader(fields[i], fields[i + 1]);
    else if (fields) for (const [name, value] of Object.entries(fields)) res.setHeader(name, value);
    return res;
  };
}
