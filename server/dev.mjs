// npm run dev: the development server with hot reload, on the same database and through the same
// request pipeline as `npm start` (server/serve.mjs); the differences are in server/README.md.
import { serve } from "./serve.mjs";

await serve({ dev: true });
