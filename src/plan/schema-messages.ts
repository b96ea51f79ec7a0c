/**
 * zod's validation messages, for people editing YAML by hand: plain Japanese instructions for the usual slips
 * (a list written as a value, a number in quotes), and for an unknown key the closest key that may stand there.
 *
 * `keysAt` and `allKeys` read the schema's definition (`_zod.def`): zod 4 has no public API for the keys an object
 * schema allows at a path. This is the one place that reads zod's internals; a zod upgrade is checked here.
 */
import type { z } from "zod";
import ja from "zod/v4/locales/ja.js";
import { closest } from "../text/did-you-mean.ts";

const jaError = ja().localeError;

/** zod's Japanese messages, replaced by plain instructions for the mistakes people make by hand. */
export const friendlyError: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "invalid_type") {
    if (issue.input === undefined) return "この項目がありません。必ず書きます";
    switch (issue.expected) {
      case "array":
        return "リストで書きます（[値1, 値2] と書くか、次の行から字下げして「- 値」を並べます）";
      case "object":
        return issue.input === null
          ? "中身がありません。次の行から字下げして「項目名: 値」を書きます"
          : "次の行から字下げして「項目名: 値」の形で書きます";
      case "string":
        return "文字で書きます（数字や true・false だけの値は引用符で囲みます）";
      case "boolean":
        return "true か false で書きます";
      case "number":
        return "数字だけで書きます（引用符で囲みません）";
    }
  }
  if (issue.code === "too_small" && issue.origin === "array") return `少なくとも ${issue.minimum} 件書きます`;
  return jaError(issue);
};

/** What can go wrong with an unknown key, best guess first. */
export function unknownKeyMessage(key: string, known: string[], everywhere: Set<string>): string {
  if (key.includes("　"))
    return "項目名に全角スペース「　」が入っています。字下げは半角スペースだけで書きます";
  if (key.includes("：")) {
    return "項目名のあとのコロンが全角の「：」です。半角の「: 」（コロンと半角スペース）にしてください";
  }
  const list = known.length > 0 ? `（ここに書ける項目名: ${known.join("、")}）` : "";
  if (everywhere.has(key) && !known.includes(key)) {
    return `${key} はここには書けません。字下げ（行頭の半角スペースの数）がずれていないか確かめてください${list}`;
  }
  const near = closest(key, known);
  if (near) return `知らない項目名です。${key} → ${near} ではありませんか`;
  return `知らない項目名です。綴りを確かめてください${list}`;
}

interface LooseDef {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  options?: z.core.$ZodType[];
}

const defOf = (schema: z.core.$ZodType): LooseDef => schema._zod.def as unknown as LooseDef;

/** Looks through optional, nullable, default and pipe wrappers. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    const inner = def.innerType ?? (def.type === "pipe" ? def.in : undefined);
    if (!inner) return s;
    s = inner;
  }
}

/** The keys an object may have at `path` in the data, or [] when that place is not an object. */
export function keysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let s: z.core.$ZodType | undefined = unwrap(schema);
  for (const p of path) {
    const def = defOf(s);
    s =
      def.type === "object"
        ? def.shape?.[String(p)]
        : def.type === "array"
          ? def.element
          : def.type === "record"
            ? def.valueType
            : undefined;
    if (!s) return [];
    s = unwrap(s);
  }
  const def = defOf(s);
  return def.type === "object" ? Object.keys(def.shape ?? {}) : [];
}

/** Every key written anywhere in the schema, to tell a misplaced key from a misspelt one. */
export function allKeys(schema: z.core.$ZodType, into = new Set<string>()): Set<string> {
  const def = defOf(unwrap(schema));
  if (def.type === "object") {
    for (const [key, value] of Object.entries(def.shape ?? {})) {
      into.add(key);
      allKeys(value, into);
    }
  }
  for (const child of [def.element, def.valueType, ...(def.options ?? [])]) if (child) allKeys(child, into);
  return into;
}
