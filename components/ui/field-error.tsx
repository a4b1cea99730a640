export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  return (
    <p id={id} className="mt-1 text-sm text-red-700" aria-live="polite">
      {messages?.join("；")}
    </p>
  );
}
