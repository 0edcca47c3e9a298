// FormData -> plain object for zod. Field names use dots for nesting: "evidence.0.url" becomes
// { evidence: [{ url }] }. Next.js's own hidden fields ($ACTION_…) are dropped, and so are names
// that could not come from our forms.
//
// Hand-written, in linear time: a server action's body is decoded before any access check, so an
// anonymous request chooses what this parses. Lists are built from the indexes actually sent (a
// "length" field is just an unknown name), nodes have no prototype, and every dimension is capped.
// Maintained parsers were measured and do not fit: qs-style bracket parsers and Conform's
// parseWithZod allocate up to the largest index sent (1.5 s and 313 MB for one field x[300000]).
// Tested in tests/unit/form-data.test.ts, with a property that the steps stay linear.

/** Lists hold at most this many items (index 0-99); every list schema has a lower .max(). */
export const MAX_LIST_LENGTH = 100;
/** Fields read per request; our largest form has under 100. */
export const MAX_FIELDS = 500;
const MAX_DEPTH = 4;
const MAX_NAME_LENGTH = 200;
const KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const INDEX = /^(0|[1-9][0-9]?)$/; // 0 to 99: no leading zeros, signs or exponents

type Node = { list: boolean; children: Map<string, Node | string> };

const segmentsOf = (name: string): string[] | null => {
  if (name.length > MAX_NAME_LENGTH) return null;
  const parts = name.split(".");
  if (parts.length > MAX_DEPTH) return null;
  // Names are plain identifiers, so "__proto__" and "constructor" are never keys here. The
  // first segment is always a key: a request body is an object, never a list.
  return parts.every((part, i) => KEY.test(part) || (i > 0 && INDEX.test(part))) && parts[0] !== "constructor" ? parts : null;
};

/**
 * Parses [name, value] pairs. `meter.steps` counts the work done (one per name segment and one
 * per node or item built), which the tests hold to a linear bound.
 */
export function parseFormFields(entries: Iterable<[string, string]>, meter = { steps: 0 }): Record<string, unknown> {
  const root: Node = { list: false, children: new Map() };
  let fields = 0;
  for (const [name, value] of entries) {
    meter.steps++;
    if (fields >= MAX_FIELDS) break;
    const parts = segmentsOf(name);
    if (!parts) continue;
    fields++;
    let node = root;
    for (let i = 0; i < parts.length; i++) {
      meter.steps++;
      const part = parts[i];
      const existing = node.children.get(part);
      if (i === parts.length - 1) {
        if (existing === undefined) node.children.set(part, value);
        break;
      }
      const list = INDEX.test(parts[i + 1]);
      if (existing === undefined) {
        const child: Node = { list, children: new Map() };
        node.children.set(part, child);
        node = child;
      } else if (typeof existing !== "string" && existing.list === list) {
        node = existing;
      } else {
        break; // the name was first used as a value, or as the other kind of node: the first use stands
      }
    }
  }
  return build(root, meter) as Record<string, unknown>;
}

function build(node: Node, meter: { steps: number }): unknown {
  meter.steps++;
  if (node.list) {
    // At most MAX_LIST_LENGTH indexes, so this sort is bounded by a constant per item.
    const indexes = [...node.children.keys()].map(Number).sort((a, b) => a - b);
    return indexes.map((index) => {
      meter.steps++;
      const child = node.children.get(String(index))!;
      return typeof child === "string" ? child : build(child, meter);
    });
  }
  const object: Record<string, unknown> = {};
  for (const [key, child] of node.children) {
    meter.steps++;
    object[key] = typeof child === "string" ? child : build(child, meter);
  }
  return object;
}

export function formDataToObject(formData: unknown): Record<string, unknown> {
  // A hand-made request can make a server action's argument anything: then there are no fields,
  // and validation says which are missing.
  if (!(formData instanceof FormData)) return {};
  const entries = function* () {
    for (const [name, value] of formData.entries()) {
      if (!name.startsWith("$ACTION") && typeof value === "string") yield [name, value] as [string, string];
    }
  };
  return parseFormFields(entries());
}
