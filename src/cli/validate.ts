/**
 * `npm run validate [-- DIR]`: checks `data/` the way the bot does at start-up, for the secretariat after an
 * edit: the plan (`plan.yml`, `items/*.yml`) and the reminder recipients (`owners.yml`, or `OWNERS_FILE`).
 * Exit 0 and a one-line summary when the data is good; exit 1 with every problem otherwise.
 */
import { join, resolve } from "node:path";
import { loadPlan } from "../plan/load.ts";
import { PlanDataError } from "../plan/source-file.ts";
import { STATUS_LABELS } from "../plan/status.ts";
import { departmentBaseName } from "../plan/validate.ts";
import { hasOwners, loadOwners, ownersOf } from "../reminders/owners.ts";

const dir = resolve(process.argv[2] ?? "data");
const ownersFile = resolve(process.env.OWNERS_FILE ?? join(dir, "owners.yml"));
try {
  const plan = loadPlan(dir);
  const owners = loadOwners(ownersFile, plan);
  const counts = Object.entries(STATUS_LABELS).map(
    ([status, label]) => `${label} ${plan.items.filter((i) => i.current.status === status).length}`,
  );
  // Reminders go to the departments that write an item's report (記入担当課).
  const leads = [...new Set(plan.items.flatMap((i) => i.lead_departments.map(departmentBaseName)))];
  const reached = leads.filter((d) => hasOwners(ownersOf(owners, d))).length;
  const unset = leads.length - reached;
  console.log(
    `OK: ${plan.items.length} 項目（${counts.join("、")}）、通知先 ${reached} 課${unset > 0 ? `（未記入 ${unset} 課）` : ""}`,
  );
} catch (err) {
  if (!(err instanceof PlanDataError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
}
