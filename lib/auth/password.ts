// Password hashing: argon2id (OWASP's first choice), parameters tuned to ≈100 ms here.
import { hash, verify } from "@node-rs/argon2";

const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** A fixed hash to verify against when the login is unknown, so that timing does not tell. */
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$+d7JegS/892ovvvldPIW9w$MaYxX0jwCps4h0xc88PbQLFMqBdLXtsD9heEgFKdvnc";

export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  try {
    return await verify(storedHash ?? DUMMY_HASH, password);
  } catch {
    return false;
  }
}
