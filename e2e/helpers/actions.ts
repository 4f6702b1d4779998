// Replays a server action with another person's session: the attacker's way around the UI.
import type { APIRequestContext, Page, Request } from "@playwright/test";

/** Waits for the next server-action POST that `trigger` causes; returns its id and URL. */
export async function captureAction(page: Page, trigger: () => Promise<void>): Promise<{ id: string; url: string }> {
  const waiting = page.waitForRequest((r: Request) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await trigger();
  const request = await waiting;
  return { id: request.headers()["next-action"], url: request.url() };
}

export async function postAction(request: APIRequestContext, action: { id: string; url: string }, arg: unknown): Promise<string> {
  const response = await request.post(action.url, {
    headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify([arg]),
  });
  return response.text();
}
