/**
 * App Home: published whenever someone opens the Home tab, so it shows current data. Above the dashboard, the
 * person's own items to report (from owners.yml; every item for admins) and, for admins, the reports awaiting review.
 */
import type { AllMiddlewareArgs, Logger, SlackEventMiddlewareArgs, webApi } from "@slack/bolt";
import { reportingYear } from "../../plan/model.ts";
import { itemsOwnedBy } from "../../reports/access.ts";
import { callOnce } from "../../slack/call-once.ts";
import { type HomeReports, homeView } from "../../views/home.ts";
import type { BotDeps } from "../deps.ts";
import { accessContext } from "../reports.ts";

export function appHomeOpenedCallback(deps: BotDeps) {
  return async ({
    event,
    client,
    logger,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<"app_home_opened">) => {
    if (event.tab !== "home") return;
    const reports = await homeReports(deps, client, event.user, logger);
    await callOnce(
      () => client.views.publish({ user_id: event.user, view: homeView(deps.plans.plan, reports) }),
      {
        logger,
        what: `ホームタブの表示（${event.user}）`,
      },
    );
  };
}

/** The person's part of Home; undefined without reporting, or when it cannot be read (the dashboard still shows). */
async function homeReports(
  deps: BotDeps,
  client: webApi.WebClient,
  userId: string,
  logger: Logger,
): Promise<HomeReports | undefined> {
  if (!deps.reports) return undefined;
  const { store } = deps.reports;
  const plan = deps.plans.plan;
  try {
    const isAdmin = deps.adminUserIds.includes(userId);
    const items = isAdmin ? plan.items : await itemsOwnedBy(plan, userId, accessContext(deps, client));
    const fiscalYear = reportingYear(plan);
    // The year's submissions in one read (oldest first, so the newest per item is kept), not one query per item.
    const latest = new Map(store.submissions(fiscalYear).map((s) => [s.item, s]));
    return {
      fiscalYear,
      mine: items.map((item) => ({ item, latest: latest.get(item.number) })),
      ...(isAdmin ? { pending: store.pending() } : {}),
    };
  } catch (err) {
    logger.warn("ホームタブの担当項目を読めませんでした（ダッシュボードだけ表示します）", err);
    return undefined;
  }
}
