/**
 * The plan currently being answered from, with its matcher, and reloading both. It lives in ask/ because the
 * matcher's index is built from the plan (plan/ itself knows nothing of questions). A reload that finds invalid
 * data changes nothing: the bot goes on answering from the last good data and the caller gets the validation
 * message to show.
 */

import { PlanDataError } from "../plan/data-issue.ts";
import { loadPlan } from "../plan/load.ts";
import type { Plan } from "../plan/model.ts";
import { type Answerer, createAnswerer } from "./answer.ts";

export type ReloadResult = { ok: true; plan: Plan } | { ok: false; error: PlanDataError };

export class PlanStore {
  private current: { plan: Plan; answerer: Answerer };

  /** Loads `dataDir` now; throws PlanDataError if the data is invalid (start-up must not go on without data). */
  constructor(private readonly dataDir: string) {
    this.current = PlanStore.build(loadPlan(dataDir));
  }

  get plan(): Plan {
    return this.current.plan;
  }

  get answerer(): Answerer {
    return this.current.answerer;
  }

  reload(): ReloadResult {
    try {
      const plan = loadPlan(this.dataDir);
      this.current = PlanStore.build(plan);
      return { ok: true, plan };
    } catch (err) {
      if (err instanceof PlanDataError) return { ok: false, error: err };
      throw err;
    }
  }

  private static build(plan: Plan) {
    return { plan, answerer: createAnswerer(plan) };
  }
}
