/** The words the components add themselves (buttons, headings, labels), in English and Welsh. */
export interface UiText {
  continue: string;
  back: string;
  thereIsAProblem: string;
  error: string;
  optional: string;
  yes: string;
  no: string;
  or: string;
  day: string;
  month: string;
  year: string;
  addressLine1: string;
  addressLine2: string;
  town: string;
  county: string;
  postcode: string;
  change: string;
  remove: string;
  checkAnswersTitle: string;
  acceptAndSend: string;
  referenceNumber: string;
  whatHappensNext: string;
  whatYouCanDo: string;
  contact: string;
  whyTitle: string;
  awaitingTitle: string;
  awaitingBody: string;
  moreInformationTitle: string;
  addItem: (item: string) => string;
  saveItem: string;
  youHaveAdded: (count: number, item: string) => string;
  finishedAdding: string;
  currentFile: string;
  charactersAllowed: (count: number) => string;
  wordsAllowed: (count: number) => string;
  charactersLeft: (count: number) => string;
  wordsLeft: (count: number) => string;
  satisfactionLegend: string;
  satisfaction: [string, string, string, string, string];
  howToImprove: string;
  sendFeedback: string;
  feedbackThanks: string;
  language: string;
  warning: string;
  /** "Pay £52.50", given the amount already written as money. */
  payAmount: (amount: string) => string;
  payHowTo: string;
  continueToPayment: string;
  payNotCompletedTitle: string;
  payFailed: string;
  payCancelled: string;
  payExpired: string;
  payNoMoneyTaken: string;
  payTryAgain: string;
  payInProgress: string;
  payImportant: string;
  payUnavailableTitle: string;
  payUnavailable: string;
  payNotOffered: string;
  payNoAmount: string;
}

const en: UiText = {
  continue: 'Continue',
  back: 'Back',
  thereIsAProblem: 'There is a problem',
  error: 'Error',
  optional: '(optional)',
  yes: 'Yes',
  no: 'No',
  or: 'or',
  day: 'Day',
  month: 'Month',
  year: 'Year',
  addressLine1: 'Address line 1',
  addressLine2: 'Address line 2 (optional)',
  town: 'Town or city',
  county: 'County (optional)',
  postcode: 'Postcode',
  change: 'Change',
  remove: 'Remove',
  checkAnswersTitle: 'Check your answers before sending your application',
  acceptAndSend: 'Accept and send',
  referenceNumber: 'Your reference number',
  whatHappensNext: 'What happens next',
  whatYouCanDo: 'What you can do instead',
  contact: 'Contact us',
  whyTitle: 'Why',
  awaitingTitle: 'Your application is being reviewed',
  awaitingBody: 'We will contact you when a decision has been made.',
  moreInformationTitle: 'We need more information',
  addItem: (item) => `Add ${item}`,
  saveItem: 'Save changes',
  youHaveAdded: (count, item) => `You have added ${count} ${item}${count === 1 ? '' : 's'}`,
  finishedAdding: 'I have finished adding',
  currentFile: 'Current file',
  charactersAllowed: (n) => `You can enter up to ${n} characters`,
  wordsAllowed: (n) => `You can enter up to ${n} words`,
  charactersLeft: (n) =>
    n >= 0
      ? `You have ${n} character${n === 1 ? '' : 's'} remaining`
      : `You have ${-n} character${n === -1 ? '' : 's'} too many`,
  wordsLeft: (n) =>
    n >= 0
      ? `You have ${n} word${n === 1 ? '' : 's'} remaining`
      : `You have ${-n} word${n === -1 ? '' : 's'} too many`,
  satisfactionLegend: 'Overall, how did you feel about the service you received today?',
  satisfaction: [
    'Very dissatisfied',
    'Dissatisfied',
    'Neither satisfied or dissatisfied',
    'Satisfied',
    'Very satisfied',
  ],
  howToImprove: 'How could we improve this service? (optional)',
  sendFeedback: 'Send feedback',
  feedbackThanks: 'Thank you for your feedback',
  language: 'Language',
  warning: 'Warning',
  payAmount: (amount) => `Pay ${amount}`,
  payHowTo: 'You will pay by debit or credit card on GOV.UK Pay.',
  continueToPayment: 'Continue to payment',
  payNotCompletedTitle: 'Your payment was not completed',
  payFailed: 'Your payment was declined or could not be taken.',
  payCancelled: 'You cancelled your payment.',
  payExpired: 'Your payment session expired: payments must be finished within 90 minutes.',
  payNoMoneyTaken: 'No money has been taken from your account. Your answers have been saved.',
  payTryAgain: 'Try again',
  payInProgress: 'You have a payment in progress. Finish it on the GOV.UK Pay page.',
  payImportant: 'Important',
  payUnavailableTitle: 'Sorry, there is a problem with the payment service',
  payUnavailable: 'Your answers have been saved and no money has been taken. Try again later.',
  payNotOffered: 'You cannot pay online here. Contact the council to find out how to pay.',
  payNoAmount: 'We cannot work out how much you need to pay from your answers. Go back and check them.',
};

const cy: UiText = {
  continue: 'Parhau',
  back: 'Yn ôl',
  thereIsAProblem: 'Mae problem wedi codi',
  error: 'Gwall',
  optional: '(dewisol)',
  yes: 'Ie',
  no: 'Na',
  or: 'neu',
  day: 'Diwrnod',
  month: 'Mis',
  year: 'Blwyddyn',
  addressLine1: 'Llinell gyntaf y cyfeiriad',
  addressLine2: 'Ail linell y cyfeiriad (dewisol)',
  town: 'Tref neu ddinas',
  county: 'Sir (dewisol)',
  postcode: 'Cod post',
  change: 'Newid',
  remove: 'Dileu',
  checkAnswersTitle: 'Gwiriwch eich atebion cyn anfon eich cais',
  acceptAndSend: 'Derbyn ac anfon',
  referenceNumber: 'Eich cyfeirnod',
  whatHappensNext: 'Beth sy’n digwydd nesaf',
  whatYouCanDo: 'Beth allwch chi ei wneud yn lle hynny',
  contact: 'Cysylltu â ni',
  whyTitle: 'Pam',
  awaitingTitle: 'Mae eich cais yn cael ei adolygu',
  awaitingBody: 'Byddwn yn cysylltu â chi pan fydd penderfyniad wedi’i wneud.',
  moreInformationTitle: 'Mae angen rhagor o wybodaeth arnom',
  addItem: (item) => `Ychwanegu ${item}`,
  saveItem: 'Cadw’r newidiadau',
  youHaveAdded: (count, item) => `Rydych wedi ychwanegu ${count} ${item}`,
  finishedAdding: 'Rwyf wedi gorffen ychwanegu',
  currentFile: 'Ffeil bresennol',
  charactersAllowed: (n) => `Gallwch roi hyd at ${n} nod`,
  wordsAllowed: (n) => `Gallwch roi hyd at ${n} gair`,
  charactersLeft: (n) => (n >= 0 ? `Mae gennych ${n} nod yn weddill` : `Mae gennych ${-n} nod yn ormod`),
  wordsLeft: (n) => (n >= 0 ? `Mae gennych ${n} gair yn weddill` : `Mae gennych ${-n} gair yn ormod`),
  satisfactionLegend: 'Ar y cyfan, sut oeddech chi’n teimlo am y gwasanaeth a gawsoch heddiw?',
  satisfaction: ['Anfodlon iawn', 'Anfodlon', 'Ddim yn fodlon nac yn anfodlon', 'Bodlon', 'Bodlon iawn'],
  howToImprove: 'Sut gallem wella’r gwasanaeth hwn? (dewisol)',
  sendFeedback: 'Anfon adborth',
  feedbackThanks: 'Diolch am eich adborth',
  language: 'Iaith',
  warning: 'Rhybudd',
  payAmount: (amount) => `Talu ${amount}`,
  payHowTo: 'Byddwch yn talu gyda cherdyn debyd neu gredyd ar GOV.UK Pay.',
  continueToPayment: 'Parhau i dalu',
  payNotCompletedTitle: 'Ni chafodd eich taliad ei gwblhau',
  payFailed: 'Cafodd eich taliad ei wrthod neu nid oedd modd ei gymryd.',
  payCancelled: 'Gwnaethoch ganslo eich taliad.',
  payExpired: 'Daeth eich sesiwn dalu i ben: rhaid gorffen taliadau o fewn 90 munud.',
  payNoMoneyTaken: 'Nid oes unrhyw arian wedi’i gymryd o’ch cyfrif. Mae eich atebion wedi’u cadw.',
  payTryAgain: 'Rhoi cynnig arall arni',
  payInProgress: 'Mae gennych daliad ar y gweill. Gorffennwch ef ar dudalen GOV.UK Pay.',
  payImportant: 'Pwysig',
  payUnavailableTitle: 'Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth talu',
  payUnavailable:
    'Mae eich atebion wedi’u cadw ac nid oes unrhyw arian wedi’i gymryd. Rhowch gynnig arall arni yn nes ymlaen.',
  payNotOffered: 'Ni allwch dalu ar-lein yma. Cysylltwch â’r cyngor i gael gwybod sut i dalu.',
  payNoAmount: 'Ni allwn gyfrifo faint sydd angen i chi ei dalu o’ch atebion. Ewch yn ôl a gwiriwch nhw.',
};

/**
 * The components' own words in a language; English for any language without a table.
 * @example uiText('cy').continue // 'Parhau'
 */
export function uiText(language: string): UiText {
  return language === 'cy' ? cy : en;
}
