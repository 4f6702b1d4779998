// Direct reads of the e2e database, for facts a spec needs (ids, names) — never for shortcuts
// around the UI being tested.
import pg from "pg";

export async function sql<T extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

export async function userByLogin(login: string) {
  const [row] = await sql<{ id: string; firstName: string; lastName: string }>(
    `select id, "firstName", "lastName" from "User" where login = $1`,
    [login],
  );
  if (!row) throw new Error(`no demo user ${login}`);
  return row;
}

/** A child of another family: linked to parent2, not to parent. */
export async function otherFamilyChild() {
  const [row] = await sql<{ id: string; firstName: string; lastName: string }>(
    `select u.id, u."firstName", u."lastName" from "ParentLink" l join "User" u on u.id = l."childId"
       join "User" p on p.id = l."parentId" where p.login = 'parent2' limit 1`,
  );
  return row;
}
