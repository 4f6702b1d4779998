// Every SPEC ID that has landed is named by the title of an e2e spec that proves it, and no title
// names an ID that has not landed or does not exist. The list lives in docs/landed-spec-ids.md.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DIARY_SECTIONS } from "@/lib/access/matrix";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ID = /\b[A-Z]{3}-\d+\b/g;

/** The IDs of one `## heading` section of the list: table rows `| ID |` and bullets `- ID`. */
function idsUnder(doc: string, heading: string): string[] {
  const start = doc.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`docs/landed-spec-ids.md has no «## ${heading}» section`);
  const rest = doc.slice(start + heading.length + 5);
  const body = rest.slice(0, rest.search(/\n## |$/));
  return [...body.matchAll(/^(?:\| |- )([A-Z]{3}-\d+)\b/gm)].map((m) => m[1]);
}

function readList(doc: string) {
  return { landed: idsUnder(doc, "Landed"), notYet: idsUnder(doc, "Not landed yet") };
}

/** Titles of `test(…)` and `test.describe(…)` (not skipped ones) with the file they are in. */
function specTitles(file: string, source: string): { file: string; title: string }[] {
  const out: { file: string; title: string }[] = [];
  for (const m of source.matchAll(/\btest(?:\.describe)?\(\s*(["'`])((?:\\.|(?!\1)[^\\])*)\1/g)) out.push({ file, title: m[2] });
  return out;
}

function e2eSpecFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e2eSpecFiles(full);
    return e.name.endsWith(".spec.ts") ? [full] : [];
  });
}

/** The spec's own IDs: the lines that define one (`- ACC-1 Invite codes. …`). */
function specDefinedIds(spec: string): string[] {
  return [...spec.matchAll(/^- ([A-Z]{3}-\d+)\s/gm)].map((m) => m[1]);
}

function findSpec(): string | null {
  const candidates = [process.env.SPEC_MD, path.resolve(ROOT, "../shared/SPEC.md")].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p)) ?? null;
}

const list = readList(readFileSync(path.join(ROOT, "docs/landed-spec-ids.md"), "utf8"));
const titles = e2eSpecFiles(path.join(ROOT, "e2e")).flatMap((f) => specTitles(path.relative(ROOT, f), readFileSync(f, "utf8")));
const named = new Map<string, string[]>();
for (const t of titles) for (const id of t.title.match(ID) ?? []) named.set(id, [...(named.get(id) ?? []), `${t.file}: ${t.title}`]);

describe("the parsers", () => {
  it("read titles in all three quote styles, escapes included, and skip skipped tests", () => {
    const src = [
      `test("GRD-1: the \\"period\\" marks", async () => {});`,
      `test.describe('ACC-2, ACC-7: passwords', () => {});`,
      "test(`ACC-11: ${login} signs in`, async () => {});",
      `test.skip("STU-9: not run", async () => {});`,
      `test.describe.configure({ timeout: 1 });`,
    ].join("\n");
    expect(specTitles("x.spec.ts", src).map((t) => t.title)).toEqual([
      'GRD-1: the \\"period\\" marks',
      "ACC-2, ACC-7: passwords",
      "ACC-11: ${login} signs in",
    ]);
  });

  it("read the landed and the not-landed IDs of the list", () => {
    const doc =
      "intro ACC-9\n\n## Landed\n\n| ID | a |\n|---|---|\n| ACC-1 | x GRD-2 |\n| STU-1 | y |\n\n## Not landed yet\n\n- FBK-2 — z\n- CRS-1\n";
    expect(readList(doc)).toEqual({ landed: ["ACC-1", "STU-1"], notYet: ["FBK-2", "CRS-1"] });
  });
});

describe("SPEC IDs in e2e titles (docs/landed-spec-ids.md)", () => {
  it("lists every ID once", () => {
    const all = [...list.landed, ...list.notYet];
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
    expect(list.landed.length).toBeGreaterThan(10);
  });

  it("names every landed ID in the title of an e2e spec", () => {
    const unnamed = list.landed.filter((id) => !named.has(id));
    expect(unnamed, `landed but named by no e2e title: ${unnamed.join(", ")}`).toEqual([]);
  });

  it("names no ID in a title that has not landed or does not exist", () => {
    const wrong = [...named]
      .filter(([id]) => !list.landed.includes(id))
      .map(([id, where]) => `${id} (${list.notYet.includes(id) ? "not landed: move it to «Landed»" : "no such SPEC ID"}) in ${where[0]}`);
    expect(wrong).toEqual([]);
  });

  it("lists the ID of every diary section marked ready as landed", () => {
    const missing = DIARY_SECTIONS.filter((s) => s.ready && !list.landed.includes(s.spec)).map((s) => `${s.id} (${s.spec})`);
    expect(missing).toEqual([]);
  });

  const spec = findSpec();
  it.skipIf(spec === null)("lists exactly the IDs the spec defines (../shared/SPEC.md or SPEC_MD)", () => {
    const defined = specDefinedIds(readFileSync(spec!, "utf8"));
    const listed = [...list.landed, ...list.notYet];
    expect(defined.length).toBeGreaterThan(50);
    expect({
      missingFromList: defined.filter((id) => !listed.includes(id)),
      notInSpec: listed.filter((id) => !defined.includes(id)),
    }).toEqual({
      missingFromList: [],
      notInSpec: [],
    });
  });
});
