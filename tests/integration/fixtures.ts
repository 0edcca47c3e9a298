// Rows for integration tests, each with unique names so tests can run in any order.
import { getDb } from "@/lib/db";
import { upsertUser } from "../../server/users.mjs";
import { withClient } from "../../prisma/seed.mjs";

let counter = 0;
export const unique = (label: string) => `${label}-${Date.now().toString(36)}-${counter++}`;

export async function makeUser(role: "admin" | "editor" = "editor", name = unique("User")) {
  const email = `${unique(role)}@example.org`;
  await withClient(process.env.DATABASE_URL, (client: unknown) =>
    upsertUser(client, { email, password: "integration password", role, name }),
  );
  return getDb().user.findUniqueOrThrow({ where: { email } });
}

export async function makeIndicator(label = "indicator") {
  const slug = unique(label).toLowerCase();
  const source = await getDb().source.create({
    data: { title: `Source ${slug}`, author: "A", outlet: "O", url: `https://example.org/${slug}`, publishedOn: new Date("2026-01-01") },
  });
  const prediction = await getDb().prediction.create({
    data: { slug, title: `Prediction ${slug}`, claim: "Claim.", sourceId: source.id, position: 100 },
  });
  return getDb().indicator.create({
    data: { predictionId: prediction.id, slug: `${slug}-i`, title: `Indicator ${slug}`, criteria: "C.", theme: "T" },
  });
}

export const evidence = [
  { url: "https://example.org/e1", title: "E1", publisher: "P", publishedOn: new Date("2026-01-01"), quote: null, kind: "NEWS" as const },
];

export function change(
  indicatorId: number,
  version: number,
  toStatus: "IN_PROGRESS" | "STALLED" | "ACHIEVED" | "PARTIALLY_ACHIEVED" | "ABANDONED" | "NOT_YET_RATED",
  effectiveOn: string,
  summary = unique("summary"),
) {
  return { indicatorId, version, toStatus, effectiveOn: new Date(`${effectiveOn}T00:00:00Z`), summary, evidence };
}
