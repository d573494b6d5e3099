import type { ItemView } from '@fingerpost/core';
import type { UiText } from '../ui-text';

interface ItemListProps {
  id: string;
  items: readonly ItemView[];
  itemName: string;
  text: UiText;
  onChange: (index: number) => void;
  onRemove: (index: number) => void;
}

/** The items added so far (MOJ "add to a list"), each with Change and Remove. */
export function ItemList({ id, items, itemName, text, onChange, onRemove }: ItemListProps) {
  if (items.length === 0) return <span id={id} tabIndex={-1} />;
  return (
    <>
      <h2 className="govuk-heading-m" id={id} tabIndex={-1}>
        {text.youHaveAdded(items.length, itemName)}
      </h2>
      <dl className="govuk-summary-list">
        {items.map((item) => (
          <div className="govuk-summary-list__row" key={item.index}>
            <dt className="govuk-summary-list__key govuk-!-font-weight-regular">{item.summary}</dt>
            <dd className="govuk-summary-list__actions">
              <ul className="govuk-summary-list__actions-list">
                <li className="govuk-summary-list__actions-list-item">
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                    onClick={() => onChange(item.index)}
                  >
                    {text.change}
                    <span className="govuk-visually-hidden"> {item.summary}</span>
                  </button>
                </li>
                <li className="govuk-summary-list__actions-list-item">
                  <button
                    type="button"
                    className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                    onClick={() => onRemove(item.index)}
                  >
                    {text.remove}
                    <span className="govuk-visually-hidden"> {item.summary}</span>
                  </button>
                </li>
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
