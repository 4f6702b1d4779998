import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { homePathFor } from "@/lib/access/matrix";

/** "/" sends each person to their own home (the proxy does the same without a database read). */
export default async function RootPage() {
  const viewer = await requireViewer();
  redirect(homePathFor(viewer.roles, viewer.startPage));
}
