/**
 * The plan's departments as a question names them: full names, nicknames (行管, まち推) and readings in any script
 * (ざいせいか, ｻﾞｲｾｲｶ), a name without 課 before 担当 or 取組 (財政の取組), its unique first part (人財の課) or end
 * (ちいき振興課), but never inside a topic phrase (病院機能評価) or inside another office's name (教育総務課).
 */
import type { Department, Plan } from "../plan/model.ts";
import type { PassageIndex } from "./passage-index.ts";
import { fold, normalize, toHiragana } from "./text.ts";
import type { TopicIndex } from "./topic-index.ts";

interface DepartmentForms {
  department: Department;
  /** Normalized forms to look for in a question, longest first. */
  forms: string[];
  /** Names without 課 (財政, 納税), which name the department only before 担当, 取組, 項目 and the like. */
  stems: string[];
  /** The first part of a stem that no other department's begins with (人財 of 人財育成): 「人財の課」. */
  partials: string[];
  /** The end of a name that no other department's ends with (振興課 of 地域振興課), read after no kanji. */
  endings: string[];
}

/** The patterns DepartmentFinder.find looks for, made once each (a department's name is in no regex syntax). */
const departmentPatterns = new Map<string, RegExp>();
function departmentPattern(source: string, flags = ""): RegExp {
  let pattern = departmentPatterns.get(source + flags);
  if (!pattern) {
    pattern = new RegExp(source, flags);
    departmentPatterns.set(source + flags, pattern);
  }
  return pattern;
}

/**
 * Whether `found` has the department. A loop, not `found.some(…)`: find asks this for every department of the
 * plan on every question, and a closure per call was most of what answering a question allocated there.
 */
function hasDepartment(found: readonly { department: Department }[], department: Department): boolean {
  for (const f of found) if (f.department === department) return true;
  return false;
}

export class DepartmentFinder {
  private readonly departments: DepartmentForms[];
  /** Every department's forms, longest first (see find). */
  private departmentForms: { department: Department; form: string }[] | undefined;

  constructor(
    plan: Plan,
    private readonly index: TopicIndex,
    private readonly passages: PassageIndex,
  ) {
    this.departments = plan.departments.map((department) => ({
      department,
      // Compared in hiragana (see find): 「ザイセイカ」, 「ｻﾞｲｾｲｶ」 and 「ざいせいか」 are one reading.
      // A reading may end in 課 as typed (せいさく課 for せいさくか).
      forms: [department.name, ...department.aliases]
        .map((f) => toHiragana(normalize(f)))
        .flatMap((f) => (/^[\p{Script=Hiragana}ー]+か$/u.test(f) ? [f, f.replace(/か$/, "課")] : [f]))
        .filter((f) => f.length >= 2)
        .sort((a, b) => b.length - a.length),
      // A reading's stem (ざいせい) is short kana that ordinary words hold, so only names in kanji give stems.
      stems: [department.name, ...department.aliases]
        .map((f) => toHiragana(normalize(f)).replace(/[（(].*$/, ""))
        .filter((f) => /課$/.test(f))
        .map((f) => f.replace(/課$/, ""))
        .filter((f) => f.length >= 2),
      partials: [],
      endings: [],
    }));
    for (const d of this.departments) {
      // 「ちいき振興課」: the end of a name (振興課 of 各総合支所地域振興課) that no other department's ends with.
      const ends = d.stems.flatMap((stem) =>
        Array.from({ length: Math.max(0, stem.length - 2) }, (_, n) => stem.slice(n + 1)),
      );
      d.endings = [...new Set(ends)]
        .filter(
          (e) =>
            e.length >= 2 &&
            !this.departments.some((o) => o !== d && o.stems.some((stem) => stem.endsWith(e))),
        )
        .map((e) => `${e}課`);
    }
    for (const d of this.departments) {
      const prefixes = d.stems.flatMap((stem) =>
        Array.from({ length: Math.max(0, stem.length - 2) }, (_, n) => stem.slice(0, n + 2)),
      );
      d.partials = [...new Set(prefixes)].filter(
        (p) => !this.departments.some((o) => o !== d && o.stems.some((stem) => stem.startsWith(p))),
      );
    }
  }

  /**
   * 「教育総務課の学校給食費」: 総務課 inside 教育総務課, a department the report names (No.17's table) that is not
   * one of the plan's. The form is that other department's name's end, not the plan's department.
   */
  private insideAnotherDepartment(text: string, form: string): boolean {
    const at = text.indexOf(form);
    const run = /\p{Script=Han}+$/u.exec(text.slice(0, at))?.[0];
    if (!run || !form.endsWith("課")) return false;
    for (let k = 1; k <= run.length; k++) {
      const longer = fold(run.slice(-k) + form);
      if (
        this.passages.itemsContaining(longer).length > 0 &&
        !this.departments.some((d) => d.forms.some((f) => fold(f) === longer))
      )
        return true;
    }
    return false;
  }

  /** Every department named in the text, longest name first, none inside another or inside a topic phrase. */
  find(original: string): { department: Department; form: string }[] {
    // Matched in hiragana, which keeps every character where it was: each form found is returned as the question
    // wrote it, so that the caller can take it out of the question's own text.
    let text = toHiragana(original);
    const before = text;
    const asWritten = (form: string) => {
      const at = before.indexOf(form);
      return at < 0 ? form : original.slice(at, at + form.length);
    };
    const found: { department: Department; form: string }[] = [];
    // 「財政の取組」「納税の担当分」: a department's name without 課, where what follows makes it a department,
    // unless an item is called by it (「人材育成の取組」 is No.8's alias before it is 人材育成課 without 課).
    let named: string[] | null = null;
    for (const d of this.departments) {
      for (const stem of d.stems) {
        // Most questions name no department: a plain search first, the pattern (made once) only on a hit.
        if (!text.includes(stem)) continue;
        const m = text.match(
          departmentPattern(`${stem}(?=(?:の|が|で)?(?:担当|取組|取り組み|項目|所管|関係)|の課)`),
        );
        if (!m) continue;
        // 「人財の課」「DXの課」 say it is a department whatever items the word also names.
        const ofDepartment = text.startsWith("の課", (m.index ?? 0) + stem.length);
        named ??= this.index.phrasesIn(fold(before));
        // 「人財育成の取組」: No.8 is 人財育成の推進, and its title's first words name it before 人財育成課 does.
        if (
          !ofDepartment &&
          (named.some((p) => p.includes(fold(stem))) || this.index.titleBegins(fold(stem)))
        )
          continue;
        if (!hasDepartment(found, d.department)) {
          found.push({ department: d.department, form: stem });
          text = text.replace(stem, " ");
        }
      }
    }
    // 「人財の課」「デジタルの課」: the first part of one department's name, said to be a 課; before 担当, 取組 and
    // the like (「人財の取組」) as a stem is, unless a phrase of an item holds it.
    for (const d of this.departments) {
      if (hasDepartment(found, d.department)) continue;
      for (const partial of d.partials) {
        if (!text.includes(partial)) continue;
        const m = text.match(
          departmentPattern(`${partial}(?:の課|(?=(?:の|が|で)?(?:担当|取組|取り組み|項目|所管)))`),
        );
        if (!m) continue;
        if (!m[0].endsWith("課")) {
          named ??= this.index.phrasesIn(fold(before));
          if (named.some((p) => p.includes(fold(partial)))) continue;
        }
        found.push({ department: d.department, form: m[0] });
        text = text.replace(m[0], " ");
        break;
      }
    }
    for (const d of this.departments) {
      if (hasDepartment(found, d.department)) continue;
      // The whole name is found below: 「デジタル戦略課関係の取組」 holds the end ジタル戦略課 after a kana, which the
      // end's pattern would take for the name typed without its first characters, leaving デ as a word of its own.
      if (d.forms.some((f) => text.includes(f))) continue;
      let ending: string | undefined;
      for (const e of d.endings) {
        if (text.includes(e) && departmentPattern(`(?<!\\p{Script=Han})${e}`, "u").test(text)) {
          ending = e;
          break;
        }
      }
      if (ending === undefined) continue;
      found.push({ department: d.department, form: ending });
      text = text.replace(ending, " ");
    }
    // Read only when a department's form is in the question (most name none).
    let phrases: string[] | null = text === before && named ? named : null;
    // Longest forms first, made once.
    this.departmentForms ??= this.departments
      .flatMap((d) => d.forms.map((form) => ({ department: d.department, form })))
      .sort((a, b) => b.form.length - a.form.length);
    let remaining = text;
    for (const c of this.departmentForms) {
      if (!remaining.includes(c.form) || hasDepartment(found, c.department)) continue;
      // 「病院機能評価」 is a topic that contains 病院, not a question about the hospital's department.
      const folded = fold(c.form);
      phrases ??= this.index.phrasesIn(fold(text));
      if (phrases.some((p) => p.length > folded.length && p.includes(folded))) continue;
      if (this.insideAnotherDepartment(remaining, c.form)) continue;
      found.push(c);
      remaining = remaining.replace(c.form, " ");
    }
    // In the order the question names them: 「納税課と財政課」 lists 納税課's items first.
    return found
      .sort((a, b) => before.indexOf(a.form) - before.indexOf(b.form))
      .map((f) => ({ department: f.department, form: asWritten(f.form) }));
  }
}
