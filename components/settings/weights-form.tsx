"use client";
import { updateWeights } from "@/lib/actions/update-weights";
import { ActionForm, useFormState } from "@/components/ui/action-form";
import { FieldError } from "@/components/ui/field-error";

type Strategy = { id: number; code: string; name: string; weight: number; taskAreas: { id: number; code: string; name: string; weight: number }[] };

function WeightInput({ name, label, value }: { name: string; label: string; value: number }) {
  const { errors, typed, generation } = useFormState();
  const id = `w-${name.replace(/\W/g, "-")}`;
  const shown = typed ? typed[name] ?? "" : String(value);
  return (
    <div className="flex items-center justify-between gap-3 py-1">
      <label htmlFor={id} className="text-sm">{label}</label>
      <div>
        <input id={id} name={name} key={`${generation}:${shown}`} defaultValue={shown} inputMode="decimal"
          aria-invalid={errors[name] ? true : undefined} aria-describedby={`${id}-error`} className="w-24 rounded border border-stone-400 px-2 py-1 text-right" />
        <FieldError id={`${id}-error`} messages={errors[name]} />
      </div>
    </div>
  );
}

/** Weights of the strategies in the plan's roll-up and of the task areas in their strategy's (0 leaves one out). */
export function WeightsForm({ strategies }: { strategies: Strategy[] }) {
  return (
    <ActionForm action={updateWeights} submitLabel="保存权重">
      <div className="grid gap-4 md:grid-cols-3">
        {strategies.map((s) => (
          <fieldset key={s.id} className="rounded-lg border border-stone-200 p-3">
            <legend className="px-1 text-sm font-medium">{s.name}</legend>
            <WeightInput name={`strategy.${s.id}`} label="本战略在全规划中的权重" value={s.weight} />
            <div className="mt-2 border-t border-stone-100 pt-2">
              {s.taskAreas.map((t) => (
                <WeightInput key={t.id} name={`taskArea.${t.id}`} label={`${t.code} ${t.name}`} value={t.weight} />
              ))}
            </div>
          </fieldset>
        ))}
      </div>
    </ActionForm>
  );
}
