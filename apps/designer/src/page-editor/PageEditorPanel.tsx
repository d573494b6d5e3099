import { useEditor } from '../editor/editor-context';
import { isPage } from '../state/edits/journey-parts';
import { pageSteps } from '../state/edits/steps';
import { textIn } from '../state/text';
import { PageEditor } from './PageEditor';

/** The page editor for the selected page, or a choice of pages when none is selected. */
export function PageEditorPanel() {
  const { journey, state, select } = useEditor();
  const selected =
    state.selection.kind === 'journey'
      ? undefined
      : journey.steps.find((s) => s.id === (state.selection as { stepId: string }).stepId);
  if (isPage(selected)) return <PageEditor page={selected} />;
  return (
    <>
      <h2 className="govuk-heading-m">Choose a page to edit</h2>
      <ul className="govuk-list">
        {pageSteps(journey).map((page) => (
          <li key={page.id}>
            <button
              type="button"
              className="designer-link-button"
              onClick={() => select({ kind: 'step', stepId: page.id })}
            >
              {textIn('title' in page ? page.title : undefined, 'en') ||
                textIn(page.components[0]?.label, 'en') ||
                page.id}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
