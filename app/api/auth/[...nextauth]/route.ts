// Auth.js's endpoints (/api/auth/session, /csrf, /callback/credentials, /signout …).
import { handlers } from "@/lib/auth";

export const { GET, POST } = handlers;
