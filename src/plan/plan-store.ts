/**
 * The plan currently being served, and reloading it. A reload that finds invalid data changes nothing: the
 * bot goes on answering from the last good data and the caller gets the validation message to show.
 */
import { type Answerer, createAnswerer } from "../ask/answer.ts";
import { PlanDataError } from "../errors.ts";
import { loadPlan } from "./load.ts";
import type { Plan } from "./model.ts";

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
