import { useState } from 'react';
import { Caption } from '../fields/Caption';
import { ItemList } from './ItemList';
import type { PageProps } from './page-props';
import { QuestionFields } from './QuestionFields';
import { SubmitButton } from './SubmitButton';
import { usePageForm } from './use-page-form';

/**
 * An add-another page: the list so far, a form for one item (to add, or to change one from the
 * list), and a button to say the list is finished.
 */
export function AddAnotherPage({ journey, text, upload }: PageProps) {
  const { view } = journey;
  const step = view.step;
  const items = step.items ?? [];
  const itemName = step.itemName ?? '';
  const [editing, setEditing] = useState<number | null>(null);
  const [round, setRound] = useState(0);
  const form = usePageForm(journey, step.components);
  const changing = editing === null ? undefined : items.find((item) => item.index === editing);
  const definition = journey.journey.steps.find((s) => s.id === step.id);
  // A list-length error names the group: the list is what its summary link should reach.
  const listId = definition?.type === 'addAnother' ? definition.group : `${step.id}-items`;
  const after = (ok: boolean) => {
    if (!ok) return;
    setEditing(null);
    setRound((n) => n + 1);
  };
  return (
    <>
      <Caption text={step.caption} />
      <h1 className="govuk-heading-l">{step.title}</h1>
      <ItemList
        id={listId}
        items={items}
        itemName={itemName}
        text={text}
        onChange={(index) => {
          setEditing(index);
          setRound((n) => n + 1);
        }}
        onRemove={(index) => after(journey.removeItem(index).ok)}
      />
      <form
        noValidate
        key={round}
        onChange={form.onChange}
        onSubmit={(event) => {
          event.preventDefault();
          const input = form.read(event.currentTarget);
          after((editing === null ? journey.addItem(input) : journey.changeItem(editing, input)).ok);
        }}
      >
        {items.length > 0 || changing ? (
          <h2 className="govuk-heading-m">{changing ? changing.summary : text.addItem(itemName)}</h2>
        ) : null}
        <QuestionFields
          journey={journey.journey}
          stepId={step.id}
          components={step.components}
          visible={form.visible}
          headingField={null}
          caption={null}
          text={text}
          language={view.language}
          upload={upload}
          onUploaded={form.onUploaded}
          {...(changing ? { initial: changing.values } : {})}
        />
        <SubmitButton label={changing ? text.saveItem : text.addItem(itemName)} secondary />
      </form>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          journey.submit({});
        }}
      >
        <SubmitButton label={text.continue} />
      </form>
    </>
  );
}
