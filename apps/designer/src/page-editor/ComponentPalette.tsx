import { COMPONENT_KINDS, type ComponentKind } from '../state/edits/templates';
import { PaletteItem } from './PaletteItem';

/** The kinds of question a page can have: drag one onto the page, or press it to add it at the end. */
export function ComponentPalette({
  onAdd,
  disabled,
}: {
  onAdd: (kind: ComponentKind) => void;
  disabled: boolean;
}) {
  return (
    <section className="designer-palette" aria-labelledby="component-palette-heading">
      <h3 className="govuk-heading-s" id="component-palette-heading">
        Questions
      </h3>
      <p className="govuk-body-s">Drag onto the page, or press to add at the end.</p>
      <ul className="designer-palette__list">
        {COMPONENT_KINDS.map((kind) => (
          <PaletteItem key={kind} kind={kind} onAdd={() => onAdd(kind)} disabled={disabled} />
        ))}
      </ul>
    </section>
  );
}
