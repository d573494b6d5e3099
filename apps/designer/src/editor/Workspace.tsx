import { JourneyMapPanel } from '../map/JourneyMapPanel';
import { PageEditorPanel } from '../page-editor/PageEditorPanel';
import { PreviewPanel } from '../preview/PreviewPanel';
import { PropertiesPanel } from '../properties/PropertiesPanel';
import { Tabs } from '../ui/Tabs';
import { ValidationPanel } from '../validation/ValidationPanel';
import { VersionsPanel } from '../versions/VersionsPanel';
import { type EditorTab, useEditor } from './editor-context';

/** The tabs (map, page, preview, problems, versions) beside the properties of what is selected. */
export function Workspace() {
  const { tab, setTab, issues, readOnly } = useEditor();
  const tabs: Array<{ id: EditorTab; label: string }> = [
    { id: 'map', label: 'Journey map' },
    { id: 'page', label: 'Page editor' },
    { id: 'preview', label: 'Preview' },
    { id: 'problems', label: issues.length === 0 ? 'Problems (none)' : `Problems (${issues.length})` },
    { id: 'versions', label: 'Versions' },
  ];
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
      <section className="designer-workspace__side" aria-labelledby="properties-heading" tabIndex={0}>
        <h2 className="govuk-heading-m" id="properties-heading">
          Properties
        </h2>
        <fieldset className="designer-fieldset" disabled={readOnly}>
          <legend className="govuk-visually-hidden">Properties of the selection</legend>
          <PropertiesPanel />
        </fieldset>
      </section>
    </div>
  );
}
