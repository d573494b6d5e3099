import { useId, useState } from 'react';

/** "Move to…": sends a question to another page, for those who cannot or would rather not drag. */
export function MoveToPage({
  label,
  targets,
  onMove,
}: {
  label: string;
  targets: ReadonlyArray<{ id: string; label: string }>;
  onMove: (stepId: string) => void;
}) {
  const id = useId();
  const [target, setTarget] = useState('');
  if (targets.length === 0) return null;
  return (
    <span className="designer-move-to">
      <label className="govuk-visually-hidden" htmlFor={id}>
        Move “{label}” to page
      </label>
      <select
        className="govuk-select designer-small-select"
        id={id}
        value={target}
        onChange={(e) => setTarget(e.target.value)}
      >
        <option value="">Move to…</option>
        {targets.map((t) => (
          <option key={t.id} value={t.id}>
            {t.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="govuk-button govuk-button--secondary designer-small-button"
        aria-label={`Move “${label}” to the chosen page`}
        onClick={() => {
          if (target) onMove(target);
        }}
      >
        Move
      </button>
    </span>
  );
}
