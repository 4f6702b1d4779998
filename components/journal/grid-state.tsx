"use client";
// The grid's cell store: what each cell shows, its saving state, and a per-cell save queue so
// that every edit is sent exactly once and edits of one cell reach the server in order.
import { createContext, useCallback, useContext, useMemo, useRef, useState } from "react";
import { saveCellAction } from "@/lib/actions/journal";
import type { JournalKindName } from "@/lib/data/journal";

export type CellStatus = "idle" | "saving" | "saved" | "error";
export type CellState = { text: string; comment: string; status: CellStatus; error?: string };

type GridStore = {
  journal: JournalKindName;
  cells: Record<string, CellState>;
  focused: { studentId: string; lessonId: string } | null;
  setFocused: (f: { studentId: string; lessonId: string }) => void;
  /** Saves a cell when its text (or comment) differs from what was last sent. */
  commit: (studentId: string, lessonId: string, text: string, comment?: string) => void;
  lastMessage: string | null;
  /** Bumped by Shift+Enter in a cell: the cell panel comes forward (cell-panel.tsx). */
  panelRequest: number;
  requestPanel: () => void;
};

const Ctx = createContext<GridStore | null>(null);

export const cellId = (studentId: string, lessonId: string) => `${studentId}:${lessonId}`;

export function useGrid(): GridStore {
  const store = useContext(Ctx);
  if (!store) throw new Error("useGrid outside GridProvider");
  return store;
}

export function GridProvider({
  journal,
  initial,
  children,
}: {
  journal: JournalKindName;
  initial: Record<string, { text: string; comment: string }>;
  children: React.ReactNode;
}) {
  const [cells, setCells] = useState<Record<string, CellState>>(() =>
    Object.fromEntries(Object.entries(initial).map(([k, v]) => [k, { ...v, status: "idle" as const }])),
  );
  const [focused, setFocused] = useState<{ studentId: string; lessonId: string } | null>(null);
  const [lastMessage, setLastMessage] = useState<string | null>(null);
  const [panelRequest, setPanelRequest] = useState(0);
  const requestPanel = useCallback(() => setPanelRequest((n) => n + 1), []);
  // What was last sent per cell (text + comment), and each cell's chain of saves.
  const sent = useRef<Record<string, string>>(
    Object.fromEntries(Object.entries(initial).map(([k, v]) => [k, `${v.text}\u0000${v.comment}`])),
  );
  const queue = useRef<Record<string, Promise<void>>>({});

  const commit = useCallback(
    (studentId: string, lessonId: string, text: string, comment?: string) => {
      const key = cellId(studentId, lessonId);
      const prevComment = (sent.current[key] ?? "\u0000").split("\u0000")[1];
      const nextComment = comment ?? prevComment;
      const signature = `${text.trim()}\u0000${nextComment}`;
      if ((sent.current[key] ?? "\u0000") === signature) return;
      sent.current[key] = signature;
      setCells((c) => ({ ...c, [key]: { text, comment: nextComment, status: "saving" } }));
      const run = async () => {
        const res = await saveCellAction({ lessonId, studentId, journal, text: text.trim(), comment });
        if (sent.current[key] !== signature) return; // a newer edit of this cell is on its way
        if (res.ok) {
          // Remember the server's spelling («оп10 4» comes back as «ОП10 4») so that it is not re-sent.
          sent.current[key] = `${res.data.text}\u0000${res.data.comment ?? ""}`;
          setCells((c) => ({ ...c, [key]: { text: res.data.text, comment: res.data.comment ?? "", status: "saved" } }));
          setLastMessage(null);
        } else {
          sent.current[key] = `\u0001${signature}`; // allow retrying the same text
          setCells((c) => ({ ...c, [key]: { text, comment: nextComment, status: "error", error: res.message } }));
          setLastMessage(res.message);
        }
      };
      queue.current[key] = (queue.current[key] ?? Promise.resolve()).then(run, run);
    },
    [journal],
  );

  const value = useMemo(
    () => ({ journal, cells, focused, setFocused, commit, lastMessage, panelRequest, requestPanel }),
    [journal, cells, focused, commit, lastMessage, panelRequest, requestPanel],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}
