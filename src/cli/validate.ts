/**
 * `npm run validate [-- DIR]`: checks `data/` the way the bot does at start-up, for the secretariat after an
 * edit. Exit 0 and a one-line summary when the data is good; exit 1 with every problem otherwise.
 */
import { resolve } from "node:path";
import { loadPlan } from "../plan/load.ts";
import { PlanDataError } from "../plan/source-file.ts";
import { STATUS_LABELS } from "../plan/status.ts";

const dir = resolve(process.argv[2] ?? "data");
try {
  const plan = loadPlan(dir);
  const counts = Object.entries(STATUS_LABELS).map(
    ([status, label]) => `${label} ${plan.items.filter((i) => i.current.status === status).length}`,
  );
  console.log(`OK: ${plan.items.length} 項目（${counts.join("、")}）`);
} catch (err) {
  if (!(err instanceof PlanDataError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
}
