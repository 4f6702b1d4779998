"use client";
// "What marks would bring the average to X": the same rule as the page (lib/marks/average.ts).
import { useId, useState } from "react";
import { formatAverage, marksToReach, weightedAverage, type AveragedMark } from "@/lib/marks/average";
import { countRu } from "@/lib/time/plural";

export function AverageCalculator({ marks }: { marks: AveragedMark[] }) {
  const id = useId();
  const [target, setTarget] = useState("");
  const [weight, setWeight] = useState("1");
  const t = Number(target.replace(",", "."));
  const w = Number(weight);
  const valid = target !== "" && t >= 2 && t <= 5 && Number.isInteger(w) && w >= 1 && w <= 10;
  const result = valid ? marksToReach(marks, t, w) : null;
  return (
    <div className="mt-2 rounded-md bg-slate-50 p-2 text-sm">
      <p className="font-medium">Какие отметки нужны для среднего балла</p>
      <div className="mt-1 flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-xs" htmlFor={`${id}-t`}>
          Желаемый средний балл
          <input
            id={`${id}-t`}
            inputMode="decimal"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            aria-describedby={`${id}-r`}
            className="w-24 rounded border border-slate-300 px-2 py-1 text-sm"
          />
        </label>
        <label className="flex flex-col text-xs" htmlFor={`${id}-w`}>
          Вес отметок
          <input
            id={`${id}-w`}
            inputMode="numeric"
            value={weight}
            onChange={(e) => setWeight(e.target.value)}
            className="w-16 rounded border border-slate-300 px-2 py-1 text-sm"
          />
        </label>
      </div>
      <p id={`${id}-r`} className="mt-1" data-testid="calculator-result">
        {target === "" ? (
          <span className="text-slate-500">Сейчас: {formatAverage(weightedAverage(marks))}</span>
        ) : !valid ? (
          <span className="text-red-700">Введите средний балл от 2 до 5 и вес от 1 до 10.</span>
        ) : result!.reached ? (
          "Этот средний балл уже достигнут."
        ) : result!.plans.length === 0 ? (
          "Этого среднего балла не достичь одинаковыми отметками."
        ) : (
          result!.plans.map((p) => `${countRu(p.count, ["отметка", "отметки", "отметок"])} «${p.mark}»`).join(" или ")
        )}
      </p>
    </div>
  );
}
