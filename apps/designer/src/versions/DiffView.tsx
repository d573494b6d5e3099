import type { Journey } from '@fingerpost/schema';
import { describeChanges } from './journey-diff';

/** The changes between two versions, grouped by the part of the journey they are in. */
export function DiffView({ before, after }: { before: Journey; after: Journey }) {
  const groups = describeChanges(before, after);
  if (groups.length === 0) return <p className="govuk-body">No differences.</p>;
  return (
    <div className="designer-diff" aria-live="polite">
      {groups.map((group) => (
        <section key={group.title} className="designer-diff__group" aria-label={group.title}>
          <h3 className="govuk-heading-s">{group.title}</h3>
          <ul className="govuk-list govuk-list--bullet">
            {group.changes.map((change, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same words may describe two changes
              <li key={index}>{change}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
