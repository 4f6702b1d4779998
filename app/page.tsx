import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { homePathFor } from "@/lib/access/matrix";

/**
 * "/" (and so the landing after sign-in) sends each person to their home: for a diary reader the
 * start page chosen in «Настройки» (ACC-8). homePathFor only offers pages of the viewer's own roles.
 */
export default async function RootPage() {
  const viewer = await requireViewer();
  redirect(homePathFor(viewer.roles, viewer.startPage));
}
