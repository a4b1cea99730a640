"use client";
import { useFormState } from "./action-form";
import { FieldError } from "./field-error";

const inputClass = "mt-1 w-full rounded border border-stone-400 px-3 py-2";
const idOf = (name: string) => `f-${name.replace(/\W/g, "-")}`;

type Base = { name: string; label: string; hint?: string };

/** A labelled text input inside an ActionForm; keeps what was typed after a refusal. */
export function Field({ name, label, hint, defaultValue, ...rest }: Base & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name">) {
  const { errors, typed, generation } = useFormState();
  const id = idOf(name);
  const shown = typed && rest.type !== "password" ? typed[name] ?? "" : defaultValue;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-xs text-stone-600">{hint}</p>}
      <input id={id} name={name} key={`${generation}:${String(shown)}`} defaultValue={shown} className={inputClass}
        aria-invalid={errors[name] ? true : undefined} aria-describedby={`${hint ? `${id}-hint ` : ""}${id}-error`} {...rest} />
      <FieldError id={`${id}-error`} messages={errors[name]} />
    </div>
  );
}

export function SelectField({ name, label, options, defaultValue }: Base & { options: { value: string; label: string }[]; defaultValue?: string }) {
  const { errors, typed, generation } = useFormState();
  const id = idOf(name);
  const shown = typed?.[name] ?? defaultValue;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      <select id={id} name={name} key={`${generation}:${shown}`} defaultValue={shown} className={inputClass} aria-describedby={`${id}-error`}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      <FieldError id={`${id}-error`} messages={errors[name]} />
    </div>
  );
}

export function CheckboxGroup({ name, label, options, defaultValues = [] }: Base & { options: { value: string; label: string }[]; defaultValues?: string[] }) {
  const { errors } = useFormState();
  const id = idOf(name);
  return (
    <fieldset aria-describedby={`${id}-error`}>
      <legend className="text-sm font-medium">{label}</legend>
      <div className="mt-1 grid grid-cols-2 gap-1 sm:grid-cols-3">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-1 text-sm">
            <input type="checkbox" name={name} value={o.value} defaultChecked={defaultValues.includes(o.value)} /> {o.label}
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} messages={errors[name]} />
    </fieldset>
  );
}

export function Checkbox({ name, label, defaultChecked }: Base & { defaultChecked?: boolean }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name={name} defaultChecked={defaultChecked} /> {label}
    </label>
  );
}
