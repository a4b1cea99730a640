import { FieldError } from "./field-error";

type Props = {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name">;

/** A labelled input with its error and hint wired to it for screen readers. */
export function TextField({ name, label, errors, hint, className, ...input }: Props) {
  const id = input.id ?? `field-${name.replace(/\W/g, "-")}`;
  const described = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-xs text-stone-600">{hint}</p>}
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={described}
        className={className ?? "mt-1 w-full rounded border border-stone-400 px-3 py-2"}
        {...input}
      />
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}
