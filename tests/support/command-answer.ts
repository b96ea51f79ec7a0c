/**
 * A slash command may be answered in its ack (the HTTP response's body) or later through response_url; Slack
 * shows the person either the same way. Tests that only care about the answer accept both.
 */
import type { RecordedCall, SlackWebApiStandIn } from "./web-api-stand-in.ts";

/** The message in an ack's body, or null for an empty ack. */
export async function ackMessage(res: Response): Promise<Record<string, unknown> | null> {
  const text = await res.text();
  if (text.trim() === "") return null;
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed === "object" && parsed !== null && ("text" in parsed || "blocks" in parsed))
      return parsed as Record<string, unknown>;
  } catch {
    // Not JSON: not a message.
  }
  return null;
}

/** Every answer to one command so far: its ack's message (if any) and the response_url posts with `responseId`. */
export function answersSoFar(
  ack: Record<string, unknown> | null,
  standIn: SlackWebApiStandIn,
  responseId: string,
): Record<string, unknown>[] {
  const posted = standIn.calls.filter((c: RecordedCall) => c.responseId === responseId).map((c) => c.args);
  return ack ? [ack, ...posted] : posted;
}

/** The first answer to a command: in its ack, or waited for at response_url `responseId`. */
export async function commandAnswer(
  res: Response,
  standIn: SlackWebApiStandIn,
  responseId: string,
  timeoutMs = 15_000,
): Promise<Record<string, unknown>> {
  const ack = await ackMessage(res);
  if (ack) return ack;
  await standIn.waitFor((calls) => calls.some((c) => c.responseId === responseId), timeoutMs);
  return standIn.calls.find((c) => c.responseId === responseId)?.args as Record<string, unknown>;
}
