/**
 * Slack emoji shortcodes the playground turns into Unicode. A small table on purpose: the bot's views use a
 * handful (status badges, section icons), and an unknown shortcode is left as `:name:` text so a typo in a
 * view shows up on the page instead of silently turning into nothing. Names follow Slack's, which differ from
 * other tables in places (`:calendar:` is the tear-off calendar, `:date:` the dated one).
 */
const EMOJI: Readonly<Record<string, string>> = {
  // Used by the bot's views.
  white_check_mark: "✅",
  large_blue_circle: "🔵",
  warning: "⚠️",
  white_circle: "⚪",
  mag: "🔍",
  bulb: "💡",
  bell: "🔔",
  zzz: "💤",
  memo: "📝",
  page_facing_up: "📄",
  calendar: "📆",
  chart_with_upwards_trend: "📈",
  // Common in messages people write or that a view might adopt.
  chart_with_downwards_trend: "📉",
  bar_chart: "📊",
  date: "📅",
  spiral_calendar_pad: "🗓️",
  clipboard: "📋",
  pushpin: "📌",
  link: "🔗",
  books: "📚",
  office: "🏢",
  house: "🏠",
  moneybag: "💰",
  hourglass_flowing_sand: "⏳",
  red_circle: "🔴",
  large_green_circle: "🟢",
  large_yellow_circle: "🟡",
  black_circle: "⚫",
  heavy_check_mark: "✔️",
  x: "❌",
  question: "❓",
  exclamation: "❗",
  information_source: "ℹ️",
  point_right: "👉",
  arrow_right: "➡️",
  star: "⭐",
  tada: "🎉",
  "+1": "👍",
  thumbsup: "👍",
  wave: "👋",
  eyes: "👀",
  speech_balloon: "💬",
  construction: "🚧",
  rocket: "🚀",
  no_entry_sign: "🚫",
  arrows_counterclockwise: "🔄",
};

/** The Unicode for a shortcode name (without colons), or undefined when the table does not know it. */
export function emojiFor(name: string): string | undefined {
  return Object.hasOwn(EMOJI, name) ? EMOJI[name] : undefined;
}
