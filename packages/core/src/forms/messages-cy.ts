import { joinList, type MessageTable } from './message-table';
import { afterI, softMutate } from './welsh-grammar';

const partNames = { day: 'diwrnod', month: 'mis', year: 'blwyddyn' } as const;

/** "Rhaid i'ch dyddiad geni …": the subject after "Rhaid i", contracted or mutated. */
const must = (subject: string, rest: string): string => `Rhaid ${afterI(subject)} ${rest}`;

/** Built-in Welsh messages. Numbers written as digits take the singular noun ("6 person"). */
export const messagesCy: MessageTable = {
  requiredEnter: (p) => `Rhowch ${softMutate(p.subject)}`,
  requiredSelect: (p) => `Dewiswch ${softMutate(p.subject)}`,
  requiredUpload: (p) => `Dewiswch ${softMutate(p.subject)}`,
  dateMissingParts: (p) =>
    must(
      p.subject,
      `gynnwys ${joinList(
        (p.parts ?? []).map((part) => partNames[part]),
        'a',
      )}`,
    ),
  dateReal: (p) => must(p.subject, 'fod yn ddyddiad go iawn'),
  dateYearDigits: () => "Rhaid i'r flwyddyn gynnwys 4 rhif",
  past: (p) => must(p.subject, 'fod yn y gorffennol'),
  future: (p) => must(p.subject, 'fod yn y dyfodol'),
  notBefore: (p) => must(p.subject, `fod ar ${p.min} neu ar ôl hynny`),
  notAfter: (p) => must(p.subject, `fod ar ${p.max} neu cyn hynny`),
  numberFormat: (p) => must(p.subject, 'fod yn rhif'),
  integer: (p) => must(p.subject, 'fod yn rhif cyfan'),
  min: (p) => must(p.subject, `fod yn ${p.min} neu'n fwy`),
  max: (p) => must(p.subject, `fod yn ${p.max} neu'n llai`),
  between: (p) => must(p.subject, `fod rhwng ${p.min} a ${p.max}`),
  moneyFormat: (p) => must(p.subject, 'fod yn swm o arian, fel 600 neu 193.54'),
  moneyDecimals: (p) => must(p.subject, 'beidio â chynnwys mwy na 2 rif ar ôl y pwynt degol'),
  minLength: (p) => must(p.subject, `fod yn ${p.count} nod neu fwy`),
  maxLength: (p) => must(p.subject, `fod yn ${p.count} nod neu lai`),
  maxWords: (p) => must(p.subject, `fod yn ${p.count} gair neu lai`),
  pattern: (p) => `Rhowch ${softMutate(p.subject)} yn y fformat cywir`,
  email: () => 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com',
  phone: () => 'Rhowch rif ffôn, fel 01632 960 001, 07700 900 982 neu +44 808 157 0192',
  postcode: () => 'Rhowch god post go iawn',
  choice: (p) => `Dewiswch ${softMutate(p.subject)}`,
  minItems: (p) => `Dewiswch o leiaf ${p.count} opsiwn`,
  maxItems: (p) => `Peidiwch â dewis mwy na ${p.count} opsiwn`,
  exclusive: (p) => `Dewiswch '${p.option}' ar ei ben ei hun, neu dewiswch ${softMutate(p.subject)}`,
  fileFormat: (p) => `Dewiswch ${softMutate(p.subject)}`,
  maxSizeKb: (p) => `Rhaid i'r ffeil a ddewiswyd fod yn ${p.size} neu'n llai`,
  accept: (p) => `Rhaid i'r ffeil a ddewiswyd fod yn ${p.types}`,
  addressLine1: () => "Rhowch linell 1 y cyfeiriad, fel arfer yr adeilad a'r stryd",
  addressTown: () => 'Rhowch dref neu ddinas',
  addressPostcode: () => 'Rhowch god post',
  groupMinItems: (p) => `Ychwanegwch o leiaf ${p.count} ${p.item}`,
  groupMaxItems: (p) => `Gallwch ychwanegu hyd at ${p.count} ${p.item}`,
  words: {
    yes: 'Ie',
    no: 'Na',
    notProvided: 'Heb ei ddarparu',
    months: [
      'Ionawr',
      'Chwefror',
      'Mawrth',
      'Ebrill',
      'Mai',
      'Mehefin',
      'Gorffennaf',
      'Awst',
      'Medi',
      'Hydref',
      'Tachwedd',
      'Rhagfyr',
    ],
    and: (items) => joinList(items, 'a'),
    or: (items) => joinList(items, 'neu'),
  },
};
