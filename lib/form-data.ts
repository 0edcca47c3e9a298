// FormData -> plain object for zod. Field names use dots for nesting: "evidence.0.url" becomes
// { evidence: [{ url }] }. Next.js's own hidden fields ($ACTION_…) are dropped, and so are names
// that could not come from our forms (prototype keys, list indexes of 100 or more).
const MAX_INDEX = 99;
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export function formDataToObject(formData: unknown): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  // A hand-made request can make a server action's argument anything: then there are no fields,
  // and validation says which are missing.
  if (!(formData instanceof FormData)) return result;
  for (const [name, value] of formData.entries()) {
    if (name.startsWith("$ACTION") || typeof value !== "string") continue;
    const path = name.split(".");
    if (path.some((part) => FORBIDDEN_KEYS.has(part) || (/^\d+$/.test(part) && Number(part) > MAX_INDEX))) continue;
    let node: Record<string, unknown> = result;
    for (const [index, part] of path.entries()) {
      if (index === path.length - 1) {
        node[part] = value;
      } else {
        const nextIsIndex = /^\d+$/.test(path[index + 1]);
        if (typeof node[part] !== "object" || node[part] === null) node[part] = nextIsIndex ? [] : {};
        node = node[part] as Record<string, unknown>;
      }
    }
  }
  return densify(result) as Record<string, unknown>;
}

// A removed evidence row leaves a gap ("evidence.0", "evidence.2"); lists come out without holes.
function densify(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(densify);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, densify(item)]));
  }
  return value;
}
