/** Each status's Slack emoji, for cards, lists, the Home tab and digests. */
import type { Status } from "../plan/schema.ts";

export const STATUS_EMOJI: Readonly<Record<Status, string>> = {
  achieved: ":white_check_mark:",
  on_track: ":large_blue_circle:",
  behind: ":warning:",
  unrated: ":white_circle:",
};
