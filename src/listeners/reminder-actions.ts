/**
 * What the listeners offer of the reminders (/plan remind, 「1週間スヌーズ」), made from the reminder service and
 * the views that render it. One place, so the app and the playground wire it the same way.
 */
import type { ReminderService } from "../reminders/service.ts";
import { reminderDryRunMessage } from "../views/reminder-dry-run.ts";
import type { ReminderActions } from "./deps.ts";

export function reminderActions(service: ReminderService): ReminderActions {
  return {
    dryRunMessage: async () => reminderDryRunMessage(service.dryRunReport()),
    snooze: (value, userId) => service.snooze(value, userId),
  };
}
