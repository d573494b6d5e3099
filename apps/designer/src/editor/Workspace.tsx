import { JourneyMapPanel } from '../map/JourneyMapPanel';
import { PageEditorPanel } from '../page-editor/PageEditorPanel';
import { PreviewPanel } from '../preview/PreviewPanel';
import { PropertiesPanel } from '../properties/PropertiesPanel';
import { CommentsPanel } from '../review/CommentsPanel';
import { Tabs } from '../ui/Tabs';
import { ValidationPanel } from '../validation/ValidationPanel';
import { VersionsPanel } from '../versions/VersionsPanel';
import { type EditorTab, useEditor } from './editor-context';

/** The tabs (map, page, preview, problems, versions) beside the properties of what is selected. */
export function Workspace() {
  const { tab, setTab, issues, readOnly, mode } = useEditor();
  const reviewer = mode === 'reviewer';
  const sideHeading = reviewer ? 'comments-heading' : 'properties-heading';
  const all: Array<{ id: EditorTab; label: string }> = [
    { id: 'map', label: 'Journey map' },
    { id: 'page', label: 'Page editor' },
    { id: 'preview', label: 'Preview' },
    { id: 'problems', label: issues.length === 0 ? 'Problems (none)' : `Problems (${issues.length})` },
    { id: 'versions', label: 'Versions' },
  ];
  // Reviewers see the journey, not the designers' tools (problems, versions: designer API only).
  const tabs = reviewer ? all.filter((t) => t.id === 'map' || t.id === 'page' || t.id === 'preview') : all;
  return (
    <div className="designer-workspace">
      <div className="designer-workspace__main">
        <Tabs tabs={tabs} current={tab} onChange={(id) => setTab(id as EditorTab)} label="Editor views">
          {tab === 'map' ? <JourneyMapPanel /> : null}
          {tab === 'page' ? <PageEditorPanel /> : null}
          {tab === 'preview' ? <PreviewPanel /> : null}
          {tab === 'problems' ? <ValidationPanel /> : null}
          {tab === 'versions' ? <VersionsPanel /> : null}
        </Tabs>
      </div>
      {/* It scrolls on its own, so it must be reachable by keyboard even when nothing in it is. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus (WCAG 2.1.1) */}
      <section className="designer-workspace__side" aria-labelledby={sideHeading} tabIndex={0}>
        {reviewer ? null : (
          <>
            <h2 className="govuk-heading-m" id="properties-heading">
              Properties
            </h2>
            <fieldset className="designer-fieldset" disabled={readOnly}>
              <legend className="govuk-visually-hidden">Properties of the selection</legend>
              <PropertiesPanel />
            </fieldset>
          </>
        )}
        <h2 className="govuk-heading-m" id="comments-heading">
          Review comments
        </h2>
        <CommentsPanel />
      </section>
    </div>
  );
}
