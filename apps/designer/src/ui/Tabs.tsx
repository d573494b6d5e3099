import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';

export interface Tab {
  id: string;
  label: string;
}

interface TabsProps {
  tabs: readonly Tab[];
  current: string;
  onChange: (id: string) => void;
  label: string;
  children: ReactNode;
}

/**
 * Accessible tabs (WAI-ARIA tabs pattern) with GOV.UK's tab styles: arrow keys, Home and End move
 * between tabs; only the current tab is in the tab order.
 */
export function Tabs({ tabs, current, onChange, label, children }: TabsProps) {
  const id = useId();
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const index = Math.max(
    0,
    tabs.findIndex((t) => t.id === current),
  );
  const move = (event: KeyboardEvent) => {
    const last = tabs.length - 1;
    const to =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (to === null) return;
    event.preventDefault();
    onChange(tabs[to]!.id);
    buttons.current[to]?.focus();
  };
  return (
    <div className="govuk-tabs designer-tabs">
      <div className="govuk-tabs__list designer-tabs__list" role="tablist" aria-label={label}>
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-${tab.id}-tab`}
            aria-selected={tab.id === current}
            aria-controls={tab.id === current ? `${id}-${tab.id}-panel` : undefined}
            tabIndex={tab.id === current ? 0 : -1}
            className={tab.id === current ? 'designer-tab designer-tab--selected' : 'designer-tab'}
            onClick={() => onChange(tab.id)}
            onKeyDown={move}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        className="govuk-tabs__panel designer-tabs__panel"
        role="tabpanel"
        id={`${id}-${current}-panel`}
        aria-labelledby={`${id}-${current}-tab`}
      >
        {children}
      </div>
    </div>
  );
}
