// СНИЛС (ACC-6): 11 digits, the last two a control sum of the first nine.

export function normalizeSnils(input: string): string {
  return input.replace(/[\s-]+/g, "");
}

export function snilsControl(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (9 - i);
  if (sum < 100) return sum;
  if (sum === 100 || sum === 101) return 0;
  const rest = sum % 101;
  return rest === 100 ? 0 : rest;
}

export function isValidSnils(input: string): boolean {
  const s = normalizeSnils(input);
  if (!/^\d{11}$/.test(s)) return false;
  return snilsControl(s.slice(0, 9)) === Number(s.slice(9));
}

/** «123-456-789 64» */
export function formatSnils(input: string): string {
  const s = normalizeSnils(input);
  return `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6, 9)} ${s.slice(9)}`;
}

/** Shown after saving: only the last digits. «***-***-*89 64» */
export function maskSnils(input: string): string {
  const s = normalizeSnils(input);
  return `***-***-*${s.slice(7, 9)} ${s.slice(9)}`;
}
