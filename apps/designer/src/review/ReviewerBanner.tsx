import { useEditor } from '../editor/editor-context';
import { textIn } from '../state/text';

/** What a reviewer sees above the map: which version, and what they can do here. */
export function ReviewerBanner() {
  const { journey } = useEditor();
  return (
    <div className="designer-toolbar">
      <div className="designer-toolbar__title">
        <span className="govuk-caption-m">
          Review of {journey.id} · version {journey.version}
        </span>
        <h1 className="govuk-heading-l govuk-!-margin-bottom-2">
          {textIn(journey.title, 'en') || journey.id}
        </h1>
      </div>
      <div className="govuk-inset-text govuk-!-margin-top-0">
        You have been asked to review this draft. Look at the journey map, the pages and the preview; select a
        step (or a question in the page editor) and add a comment about it. You cannot change the journey.
      </div>
    </div>
  );
}
