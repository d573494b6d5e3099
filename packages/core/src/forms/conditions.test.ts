import { describe, expect, it } from 'vitest';
import { formFor, inEnglish, today } from './council-journey.fixture';

describe('contact details revealed by the chosen method', () => {
  const form = formFor('contact');

  it('asks for the email address only when contact by email is chosen', () => {
    expect(form.parse({ contactMethod: 'email' }, inEnglish())).toMatchObject({
      ok: false,
      errors: [{ field: 'email', code: 'required', message: 'Enter email address' }],
    });
    expect(form.parse({ contactMethod: 'post' }, inEnglish())).toEqual({
      ok: true,
      values: { contactMethod: 'post' },
      hidden: ['email', 'phone'],
    });
  });

  it('neither validates nor keeps a hidden answer', () => {
    const result = form.parse(
      { contactMethod: 'phone', phone: '07700 900982', email: 'not an email' },
      inEnglish(),
    );
    expect(result).toEqual({
      ok: true,
      values: { contactMethod: 'phone', phone: '07700900982' },
      hidden: ['email'],
    });
  });

  it('validates the revealed answer', () => {
    expect(form.parse({ contactMethod: 'phone', phone: '12' }, inEnglish())).toMatchObject({
      errors: [
        {
          field: 'phone',
          code: 'format',
          message: 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192',
        },
      ],
    });
  });

  it('reads earlier answers when the condition is not about this page', () => {
    const answeredBefore = formFor('contact');
    expect(
      answeredBefore.parse({ phone: '07700900982' }, inEnglish({ contactMethod: 'phone' })),
    ).toMatchObject({
      ok: false,
      errors: [{ field: 'contactMethod', code: 'required' }],
    });
  });

  it('lists visible fields for rendering', () => {
    expect(form.fields).toEqual(['contactMethod', 'email', 'phone']);
    expect(form.visibleFields({}, today)).toEqual(['contactMethod']);
    expect(form.visibleFields({ contactMethod: 'email' }, today)).toEqual(['contactMethod', 'email']);
  });
});
