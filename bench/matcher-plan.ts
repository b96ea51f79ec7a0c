/**
 * Plans of any size for the matcher benchmark, made from the real items: titles, aliases and keywords recombined,
 * so that the generated items share vocabulary the way a real plan's do.
 */
import type { Plan } from "../src/plan/model.ts";
import { buildPlan } from "../src/plan/model.ts";
import type { ItemFile } from "../src/plan/schema.ts";

export function generatedPlan(real: Plan, size: number): Plan {
  const words = [...new Set(real.items.flatMap((i) => [...i.aliases, ...i.keywords]))];
  const files: ItemFile[] = [];
  for (let n = 1; n <= size; n++) {
    const base = real.items[n % real.items.length] as unknown as ItemFile;
    const pick = (k: number) => words[(n * 31 + k * 17) % words.length] as string;
    files.push({
      ...base,
      number: n,
      title: `${pick(1)}と${base.title}（第${n}期）`,
      aliases: [pick(2), pick(3)],
      keywords: [pick(4), pick(5), pick(6)],
      assessments: base.assessments,
    });
  }
  return buildPlan(real.meta, files);
}
