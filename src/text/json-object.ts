/**
 * The object a JSON text holds, or null: what every button value and modal private_metadata the bot reads back
 * starts from. Those come back from Slack (an old message, a forged payload), so anything else is simply not ours.
 */
export function parseJsonObject(text: string | undefined): Record<string, unknown> | null {
  if (!text) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : null;
}
