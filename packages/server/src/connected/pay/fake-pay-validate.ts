type Read<T> =
  | { ok: true; value: T }
  | { ok: false; status: 400 | 422; code: string; description: string; field?: string };

export interface CreateBody {
  amount: number;
  reference: string;
  description: string;
  returnUrl: string;
  language: 'en' | 'cy';
  metadata?: Record<string, unknown>;
}

const MAX_AMOUNT = 10_000_000;

function parseObject(raw: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(raw) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Validates a create-payment body as GOV.UK Pay does, with its error codes (P0101 missing, P0102 invalid, P0197 not JSON). */
export function readCreate(raw: string): Read<CreateBody> {
  const body = parseObject(raw);
  if (!body) return { ok: false, status: 400, code: 'P0197', description: 'Unable to parse JSON' };
  for (const field of ['amount', 'reference', 'description', 'return_url']) {
    if (body[field] === undefined || body[field] === null) {
      return {
        ok: false,
        status: 400,
        code: 'P0101',
        field,
        description: `Missing mandatory attribute: ${field}`,
      };
    }
  }
  const invalid = (field: string, why: string): Read<CreateBody> => ({
    ok: false,
    status: 422,
    code: 'P0102',
    field,
    description: `Invalid attribute value: ${field}. ${why}`,
  });
  const { amount, reference, description, return_url: returnUrl, language = 'en', metadata } = body;
  if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 1)
    return invalid('amount', 'Must be greater than or equal to 1');
  if (amount > MAX_AMOUNT) return invalid('amount', `Must be less than or equal to ${MAX_AMOUNT}`);
  if (typeof reference !== 'string' || reference.length > 255)
    return invalid('reference', 'Must be less than or equal to 255 characters length');
  if (typeof description !== 'string' || description.length > 255)
    return invalid('description', 'Must be less than or equal to 255 characters length');
  if (typeof returnUrl !== 'string' || !URL.canParse(returnUrl))
    return invalid('return_url', 'Must be a valid URL format');
  if (language !== 'en' && language !== 'cy') return invalid('language', 'Must be "en" or "cy"');
  if (
    metadata !== undefined &&
    (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata))
  )
    return invalid('metadata', 'Must be an object of values');
  return {
    ok: true,
    value: {
      amount,
      reference,
      description,
      returnUrl,
      language,
      ...(metadata ? { metadata: metadata as Record<string, unknown> } : {}),
    },
  };
}

/** Validates a refund body (P0601 missing, P0602 invalid, P0697 not JSON). */
export function readRefundBody(raw: string): Read<{ amount: number; refundAmountAvailable: number }> {
  const body = parseObject(raw);
  if (!body) return { ok: false, status: 400, code: 'P0697', description: 'Unable to parse JSON' };
  const { amount, refund_amount_available: available } = body;
  if (amount === undefined || available === undefined) {
    return {
      ok: false,
      status: 400,
      code: 'P0601',
      description: 'Missing mandatory attribute: amount or refund_amount_available',
    };
  }
  if (
    typeof amount !== 'number' ||
    !Number.isInteger(amount) ||
    amount < 1 ||
    typeof available !== 'number'
  ) {
    return { ok: false, status: 422, code: 'P0602', description: 'Invalid attribute value: amount' };
  }
  return { ok: true, value: { amount, refundAmountAvailable: available } };
}
