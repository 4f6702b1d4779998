// The query of the curator's people table (ADM-3): search words, sort, page — from search params.
import { z } from "zod";
import { Role } from "@/lib/access/roles";

export const PEOPLE_PAGE_SIZE = 50;

export const peopleQuerySchema = z.object({
  q: z.string().trim().max(100).catch(""),
  role: z.enum(Object.values(Role)).optional().catch(undefined),
  sort: z.enum(["name", "login"]).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type PeopleQuery = z.infer<typeof peopleQuerySchema>;
