// The weekly timetable: Monday–Friday, lessons 1–7, no gaps in a class's day, no teacher in two
// places at once. A randomised most-constrained-first search, class by class, restarted when it
// gets stuck, with the class it got stuck on placed first in the next round.
import type { Rng } from "./random";

export const DAYS = 5;
export const MAX_LESSONS = 7;

export type Unit = {
  hours: number;
  /** Every teacher of the unit must be free (the two teachers of a split class). */
  teacherIds: string[];
  /** Core subjects go early in the day, the practical ones later. */
  heavy: boolean;
  place: (weekday: number, lessonNumber: number) => void;
};

export type ClassTimetable = { label: string; units: Unit[] };

type Pos = { day: number; n: number };

/** Lessons per weekday: the extra lessons go to Tuesday, Wednesday, Thursday first. */
export function dayShape(total: number): number[] {
  if (total > DAYS * MAX_LESSONS) throw new Error(`Too many lessons a week: ${total}`);
  const counts = Array(DAYS).fill(Math.floor(total / DAYS));
  const order = [1, 2, 3, 0, 4];
  for (let i = 0; i < total % DAYS; i++) counts[order[i]] += 1;
  return counts;
}

class Busy {
  private map = new Map<string, Uint8Array>();

  private of(teacherId: string): Uint8Array {
    let a = this.map.get(teacherId);
    if (!a) this.map.set(teacherId, (a = new Uint8Array(DAYS * (MAX_LESSONS + 1))));
    return a;
  }

  free(ids: string[], p: Pos): boolean {
    return ids.every((id) => this.of(id)[p.day * (MAX_LESSONS + 1) + p.n] === 0);
  }

  set(ids: string[], p: Pos, value: 0 | 1): void {
    for (const id of ids) this.of(id)[p.day * (MAX_LESSONS + 1) + p.n] = value;
  }
}

function placeClass(rng: Rng, busy: Busy, cls: ClassTimetable): boolean {
  const total = cls.units.reduce((s, u) => s + u.hours, 0);
  const shape = dayShape(total);
  const positions: Pos[] = [];
  shape.forEach((count, day) => {
    for (let n = 1; n <= count; n++) positions.push({ day, n });
  });
  const maxPerDay = cls.units.map((u) => Math.ceil(u.hours / DAYS));

  for (let attempt = 0; attempt < 80; attempt++) {
    const taken = new Array<number>(positions.length).fill(-1);
    const left = cls.units.map((u) => u.hours);
    const perDay = cls.units.map(() => new Array<number>(DAYS).fill(0));
    const done: { unit: number; pos: Pos }[] = [];
    let stuck = false;

    for (let step = 0; step < total; step++) {
      let best = -1;
      let bestOptions: number[] = [];
      let bestScore = Infinity;
      for (let u = 0; u < cls.units.length; u++) {
        if (left[u] === 0) continue;
        const options: number[] = [];
        for (let i = 0; i < positions.length; i++) {
          const p = positions[i];
          if (taken[i] !== -1 || perDay[u][p.day] >= maxPerDay[u]) continue;
          if (!busy.free(cls.units[u].teacherIds, p)) continue;
          options.push(i);
        }
        const score = options.length / left[u] + rng.next() * 0.01;
        if (score < bestScore) {
          best = u;
          bestScore = score;
          bestOptions = options;
        }
      }
      if (bestOptions.length === 0) {
        stuck = true;
        break;
      }
      const unit = cls.units[best];
      let chosen = bestOptions[0];
      let chosenScore = Infinity;
      for (const i of bestOptions) {
        const p = positions[i];
        let s = rng.next();
        if (unit.heavy && p.n >= 6) s += 0.6;
        if (!unit.heavy && p.n <= 2) s += 0.3;
        if (perDay[best][p.day] > 0) s += 0.8;
        if (s < chosenScore) {
          chosenScore = s;
          chosen = i;
        }
      }
      const pos = positions[chosen];
      taken[chosen] = best;
      left[best] -= 1;
      perDay[best][pos.day] += 1;
      busy.set(unit.teacherIds, pos, 1);
      done.push({ unit: best, pos });
    }
    if (!stuck) {
      for (const { unit, pos } of done) cls.units[unit].place(pos.day + 1, pos.n);
      return true;
    }
    for (const { unit, pos } of done) busy.set(cls.units[unit].teacherIds, pos, 0);
  }
  return false;
}

/** Places every unit of every class; throws when no timetable is found. */
export function buildTimetable(rng: Rng, classes: ClassTimetable[]): void {
  // The order in which classes are placed: a class that could not be placed goes first in the
  // next round ("squeaky wheel"), so that the hardest classes get the free teachers.
  const order = classes.map((_, i) => i);
  let stuckOn = "";
  for (let round = 0; round < 200; round++) {
    const busy = new Busy();
    const placed = new Map<number, () => void>();
    let ok = true;
    for (let k = 0; k < order.length; k++) {
      const cls = classes[order[k]];
      // Collect the placements and apply them only when every class has found its week.
      const calls: [Unit, number, number][] = [];
      const recording: ClassTimetable = {
        label: cls.label,
        units: cls.units.map((u) => ({ ...u, place: (d: number, n: number) => calls.push([u, d, n]) })),
      };
      if (!placeClass(rng, busy, recording)) {
        stuckOn = cls.label;
        order.unshift(...order.splice(k, 1));
        ok = false;
        break;
      }
      placed.set(order[k], () => calls.forEach(([u, d, n]) => u.place(d, n)));
    }
    if (ok) {
      classes.forEach((_, i) => placed.get(i)!());
      return;
    }
  }
  throw new Error(`Could not build a timetable without clashes (last stuck on ${stuckOn}); try another number of classes.`);
}
