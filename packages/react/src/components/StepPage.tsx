import { AddAnotherPage } from './AddAnotherPage';
import { AwaitingDecisionPage } from './AwaitingDecisionPage';
import { CheckAnswersPage } from './CheckAnswersPage';
import { ContentPage } from './ContentPage';
import { FeedbackPage } from './FeedbackPage';
import { OutcomePage } from './OutcomePage';
import { PaymentPage } from './PaymentPage';
import type { PageProps } from './page-props';
import { QuestionPage } from './QuestionPage';

/** The page for where the application stands: a step's page, the wait for a decision, or the outcome. */
export function StepPage(props: PageProps) {
  const { view } = props.journey;
  if (view.status === 'completed') return <OutcomePage journey={props.journey} text={props.text} />;
  if (view.status === 'awaitingDecision')
    return <AwaitingDecisionPage journey={props.journey} text={props.text} />;
  switch (view.step.type) {
    case 'question':
      return <QuestionPage {...props} />;
    case 'addAnother':
      return <AddAnotherPage {...props} />;
    case 'content':
      return <ContentPage {...props} />;
    case 'checkAnswers':
      return <CheckAnswersPage {...props} />;
    case 'feedback':
      return <FeedbackPage {...props} />;
    case 'payment':
      return <PaymentPage {...props} />;
    default:
      return null;
  }
}
