// npm start: serves the production build on http://localhost:${PORT:-3000} (server/serve.mjs),
// through the request pipeline drawn in server/README.md.
import { serve } from "./serve.mjs";

await serve({ dev: false });
