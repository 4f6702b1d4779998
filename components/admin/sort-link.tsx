"use client";
// A column header that sorts on the server: it rewrites ?sort=&dir= (and resets the page).
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";

export function SortLink({ column, label }: { column: string; label: string }) {
  const pathname = usePathname();
  const params = new URLSearchParams(useSearchParams().toString());
  const active = params.get("sort") === column;
  const dir = active && params.get("dir") !== "desc" ? "desc" : "asc";
  params.set("sort", column);
  params.set("dir", dir);
  params.delete("page");
  const state = active ? (dir === "desc" ? "ascending" : "descending") : undefined;
  return (
    <Link href={`${pathname}?${params.toString()}`} aria-sort={state} className="inline-flex items-center gap-1 hover:underline">
      {label}
      <span aria-hidden="true">{active ? (state === "ascending" ? "▲" : "▼") : "↕"}</span>
    </Link>
  );
}
