import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { blankJourney } from '../state/blank-journey';
import { renderEditor } from '../test/render-editor';

const journey = () => blankJourney({ id: 'report-a-pothole', title: 'Report a pothole' });
const tab = (name: string | RegExp) => fireEvent.click(screen.getByRole('tab', { name }));
const cards = () =>
  [...document.querySelectorAll('.designer-canvas .designer-card')].map((c) => c.getAttribute('data-field'));

function openPage(stepId: string) {
  fireEvent.click(document.querySelector(`.designer-node[data-step="${stepId}"] .designer-node__select`)!);
  tab('Page editor');
}

describe('the editor', () => {
  it('adds a question from the palette without dragging, and opens its properties', () => {
    renderEditor(journey());
    openPage('your-name');
    fireEvent.click(screen.getByRole('button', { name: 'Add Email address question' }));
    expect(cards()).toEqual(['fullName', 'email1']);
    expect(screen.getByRole('heading', { name: 'Question 2 on your-name' })).toBeTruthy();
    expect(document.body.textContent).toContain('Added question 2, email address. Its properties are open.');
  });

  it('moves questions with the buttons and says where they went', () => {
    renderEditor(journey());
    openPage('your-name');
    fireEvent.click(screen.getByRole('button', { name: 'Add Phone number question' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move up: What is your phone number?' }));
    expect(cards()).toEqual(['phone1', 'fullName']);
    expect(document.body.textContent).toContain('Moved "What is your phone number?" to position 1 of 2.');
    fireEvent.click(screen.getByRole('button', { name: 'Move up: What is your phone number?' }));
    expect(cards()).toEqual(['phone1', 'fullName']);
  });

  it('undoes and redoes, naming what it would undo', () => {
    renderEditor(journey());
    openPage('your-name');
    fireEvent.click(screen.getByRole('button', { name: 'Add Date question' }));
    const undo = screen.getByRole('button', { name: 'Undo add date question' });
    fireEvent.click(undo);
    expect(cards()).toEqual(['fullName']);
    fireEvent.click(screen.getByRole('button', { name: 'Redo add date question' }));
    expect(cards()).toEqual(['fullName', 'date1']);
  });

  it('edits a question’s words and its answer name, and conditions follow the rename', () => {
    renderEditor(journey());
    openPage('your-name');
    fireEvent.click(screen.getByRole('button', { name: 'Add Yes or no question' }));
    fireEvent.change(screen.getByLabelText('Question', { selector: 'input' }), {
      target: { value: 'Do you have a pet?' },
    });
    const name = screen.getByLabelText('Answer name');
    fireEvent.change(name, { target: { value: 'hasPet' } });
    fireEvent.blur(name);
    expect(cards()).toEqual(['fullName', 'hasPet']);
    expect(
      document.querySelector('.designer-card[data-field="hasPet"] .designer-card__label')?.textContent,
    ).toBe('Do you have a pet?');
  });

  it('lets an address be found by postcode, and saves that as the addressLookup widget', async () => {
    const { api } = renderEditor(journey());
    openPage('your-name');
    fireEvent.click(screen.getByRole('button', { name: 'Add Address question' }));
    fireEvent.change(screen.getByLabelText('How the resident gives the address'), {
      target: { value: 'addressLookup' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('Draft saved');
    const page = api.saved.at(-1)?.steps.find((s) => s.id === 'your-name');
    expect(page && 'components' in page ? page.components[1] : null).toMatchObject({
      widget: 'addressLookup',
    });
  });

  it('builds a route with the condition pickers and checks typed conditions as they are typed', () => {
    renderEditor(journey());
    fireEvent.click(document.querySelector('.designer-node[data-step="your-name"] .designer-node__select')!);
    fireEvent.click(screen.getByRole('button', { name: 'Add a route with a condition' }));
    fireEvent.change(screen.getByLabelText('Answer'), { target: { value: 'fullName' } });
    fireEvent.change(screen.getByLabelText('Check'), { target: { value: 'is' } });
    fireEvent.change(screen.getByLabelText('Value'), { target: { value: 'Ada' } });
    const text = screen.getByLabelText('Condition as text') as HTMLTextAreaElement;
    expect(text.value).toBe('fullName = "Ada"');
    fireEvent.change(text, { target: { value: 'fullNam = "Ada"' } });
    expect(document.querySelector('.designer-condition .govuk-error-message')?.textContent).toMatch(
      /Column 1: Unknown field "fullNam"/,
    );
    fireEvent.change(text, { target: { value: 'length(fullName) > 3 and fullName != "x"' } });
    expect(screen.getByText(/written in a way the pickers cannot show/)).toBeTruthy();
  });

  it('lists problems, and each selects what it is about', async () => {
    renderEditor({ ...journey(), start: 'missing-step' });
    tab(/Problems \(1\)/);
    const problem = screen.getByRole('button', { name: /missing-step/ });
    fireEvent.click(problem);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Journey settings' })).toBeTruthy());
  });

  it('saves the draft to the server and says so', async () => {
    const { api } = renderEditor(journey());
    fireEvent.click(document.querySelector('.designer-node[data-step="your-name"] .designer-node__select')!);
    fireEvent.click(screen.getByRole('button', { name: 'Add Content page' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('Draft saved');
    expect(api.saved.at(-1)?.steps.map((s) => s.id)).toEqual([
      'your-name',
      'content-1',
      'check-answers',
      'confirmation',
    ]);
    expect(
      within(document.querySelector('.designer-toolbar') as HTMLElement).queryByText(/Unsaved changes/),
    ).toBeNull();
  });

  it('edits an approval step: roles, decisions, a deadline and what happens when it passes', async () => {
    const { api } = renderEditor(journey());
    fireEvent.click(
      document.querySelector('.designer-node[data-step="check-answers"] .designer-node__select')!,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add Approval' }));
    fireEvent.click(screen.getByLabelText('Ask the resident for more information'));
    fireEvent.change(screen.getByLabelText('Deadline'), { target: { value: 'workingDays' } });
    fireEvent.change(screen.getByLabelText('Working days'), { target: { value: '10' } });
    fireEvent.change(screen.getByLabelText('When the deadline passes'), { target: { value: 'decide' } });
    fireEvent.change(screen.getByLabelText('Decision'), { target: { value: 'reject' } });
    fireEvent.click(screen.getByLabelText('Stop the clock while the resident is asked for more information'));
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('Draft saved');
    const approval = api.saved.at(-1)?.steps.find((s) => s.type === 'approval');
    expect(approval).toMatchObject({
      type: 'approval',
      tasks: [
        {
          roles: ['caseworker'],
          decisions: ['approve', 'reject', 'requestMoreInformation'],
          deadline: { workingDays: 10, pauseWhileWaitingForResident: true },
          onDeadline: { action: 'decide', decision: 'reject' },
        },
      ],
      next: { approved: 'confirmation', rejected: 'confirmation' },
    });
    expect(screen.getByRole('tab', { name: 'Problems (none)' })).toBeTruthy();
  });
});
