import fc from 'fast-check';
import { API_ROUTES } from '../../../src/api/route-table';
import { hostileValue, mutate, mutation } from './json-mutation';

/** What the fuzzer may know: its own applications (with tokens), ids it has seen, and tokens. */
export interface FuzzContext {
  /** Applications the fuzzer started: it holds their tokens, so changes to them are allowed. */
  own: Array<{ instanceId: string; token: string; journeyId: string }>;
  /** Applications of other residents: the fuzzer knows their ids (say, from a leaked link) but not their tokens. */
  bystanderIds: string[];
  /** Staff tokens the fuzzer may hold that must not reach other residents' data (no task role, no data protection). */
  staffTokens: string[];
  journeyIds: string[];
  stepIds: string[];
  fileIds: string[];
}

export interface HostileRequest {
  method: string;
  path: string;
  headers: Array<[string, string]>;
  body: string | Uint8Array | undefined;
}

const segment = (ctx: FuzzContext) =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom(...ctx.journeyIds, ...ctx.stepIds, '0', '1', '-1', '1.0.0', '99.99.99'),
    },
    {
      weight: 3,
      arbitrary: fc.constantFrom(...ctx.own.map((a) => a.instanceId), ...ctx.bystanderIds, ...ctx.fileIds),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '%',
        '%E0%A4%A',
        '..',
        '%2e%2e',
        '%2F',
        '%00',
        '__proto__',
        'constructor',
        'a'.repeat(5000),
        '😀',
        ':',
        "'; DROP TABLE instances; --",
        '%3Cscript%3E',
        `${ctx.bystanderIds[0]}:answer-request`,
        `${ctx.own[0]?.instanceId}%00`,
      ),
    },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }).map(encodeURIComponent) },
    { weight: 1, arbitrary: fc.uuid() },
  );

function fill(template: string, ctx: FuzzContext): fc.Arbitrary<string> {
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  if (names.length === 0) return fc.constant(template);
  return fc.tuple(...names.map(() => segment(ctx))).map((values) => {
    let i = 0;
    return template.replace(/\{(\w+)\}/g, () => values[i++] ?? '');
  });
}

const query = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    '?lang=cy',
    '?lang=../../etc',
    '?limit=-1',
    '?limit=1e309',
    '?offset=99999999999999999999',
    '?overdue=maybe',
    '?status=open&status=closed',
    '?journey=%00',
    '?role[]=x',
    '?__proto__[polluted]=1',
    '?name=..%2F..%2Fpackage.json',
  ),
  fc.string({ maxLength: 40 }).map((q) => `?${q}`),
);

/** A method and path: mostly an API route with its own method (so requests get past routing), sometimes not. */
function target(ctx: FuzzContext): fc.Arbitrary<{ method: string; path: string }> {
  const routes = API_ROUTES.map((r) => ({ method: r.method.toUpperCase(), template: r.path }));
  const pages = [
    '/{journeyId}',
    '/{journeyId}/{stepId}',
    '/{journeyId}/{stepId}/change',
    '/resume/{instanceId}',
    '/console',
    '/console/cases/{instanceId}',
  ];
  const anyMethod = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE') },
    { weight: 1, arbitrary: fc.constantFrom('PATCH', 'OPTIONS', 'HEAD', 'PROPFIND', 'PURGE', 'get') },
  );
  return fc.oneof(
    {
      weight: 12,
      arbitrary: fc
        .constantFrom(...routes)
        .chain((r) => fc.tuple(fc.constant(r.method), fill(r.template, ctx), query))
        .map(([method, p, q]) => ({ method, path: p + q })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          anyMethod,
          fc.constantFrom(...routes.map((r) => r.template)).chain((t) => fill(t, ctx)),
          query,
        )
        .map(([method, p, q]) => ({ method, path: p + q })),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.constantFrom('GET', 'POST'),
          fc.constantFrom(...pages).chain((t) => fill(t, ctx)),
        )
        .map(([method, path]) => ({ method, path })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(anyMethod, fc.array(segment(ctx), { maxLength: 6 }))
        .map(([method, parts]) => ({ method, path: `/${parts.join('/')}` })),
    },
  );
}

/** Request bodies the API accepts for the fuzzer's applications, to mutate one edit at a time. */
const VALID_BODIES: unknown[] = [
  {},
  { answers: { binType: 'rubbish' } },
  { answers: { collectionDate: '2026-03-03' }, version: 2 },
  { answers: { address: { line1: '1 High Street', town: 'Aberaeron', postcode: 'SA46 0AA' } } },
  { answers: { companions: [{ name: 'Sam' }] } },
  { version: 1 },
  { reason: 'moving away', version: 3 },
  { kind: 'satisfaction', rating: 5, comment: 'Fine', stepId: 'which-bin' },
  { decision: 'approve', comment: 'ok', pages: ['information-wanted'], role: 'foi-officer' },
  { language: 'cy' },
  { id: 'fuzz-journey', version: '1.0.0', title: { en: 'x' }, steps: [], fields: {} },
];

const jsonBody: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom(...VALID_BODIES), mutation)
      .map(([b, m]) => JSON.stringify(mutate(b, m)) ?? 'null'),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: hostileValue.map((v) => JSON.stringify(v) ?? '') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '{',
      '{"answers":',
      'null',
      '""',
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`,
      '{"answers":{"binType":"\\u0000"}}',
      '{"answers":{"__proto__":{"polluted":true}}}',
      '{"version":1,"version":2}',
      '\ufeff{"answers":{}}',
    ),
  },
);

const body: fc.Arbitrary<string | Uint8Array | undefined> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 10, arbitrary: jsonBody },
  { weight: 2, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 500 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('binType=rubbish&_csrf=x', 'a=1&a=2&__proto__[x]=1', 'fullName=%ZZ'),
  },
);

const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  { weight: 1, arbitrary: fc.constant(undefined) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'application/json',
      'application/json; charset=utf-16',
      'application/problem+json',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
      'multipart/form-data; boundary=',
      'text/plain',
      'application/pdf',
      'image/png',
      'application/xml',
      ';;;',
      'application/json, text/html',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

/** Who the request claims to be. Never a token of a bystander, nor a caseworker of their journeys. */
function authorization(ctx: FuzzContext): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 6, arbitrary: fc.constantFrom(...ctx.own.map((a) => `Bearer ${a.token}`)) },
    { weight: 2, arbitrary: fc.constantFrom(...ctx.staffTokens.map((t) => `Bearer ${t}`)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        ...ctx.own.map((a) => `Bearer ${a.token.slice(0, -1)}`),
        ...ctx.own.map((a) => `Bearer ${a.token.toUpperCase()}`),
        'Bearer',
        'Bearer ',
        'Basic YWRtaW46YWRtaW4=',
        'bearer  x',
      ),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 80 }).map((t) => `Bearer ${t}`) },
    { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
  );
}

const extraHeader: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(
    fc.constantFrom(
      'accept',
      'accept-language',
      'cookie',
      'x-forwarded-for',
      'origin',
      'referer',
      'content-encoding',
      'x-http-method-override',
      'if-none-match',
      'range',
    ),
    fc.oneof(
      fc.constantFrom(
        'gzip',
        '*/*',
        'cy, en;q=0.1',
        'fp_session=AAAA',
        '127.0.0.1, 10.0.0.1',
        'bytes=0-99999999',
        'DELETE',
        'x'.repeat(8000),
      ),
      fc.string({ maxLength: 60 }),
    ),
  ),
  fc.tuple(fc.string({ minLength: 1, maxLength: 20 }), fc.string({ maxLength: 40 })),
);

/** Header names and values must be visible ASCII for a request to be made at all. */
const visible = (value: string) => value.replace(/[^\t\x20-\x7e]/g, '');
const tokenChars = (name: string) => name.replace(/[^!#$%&'*+\-.^_`|~0-9A-Za-z]/g, '');

export function hostileRequest(ctx: FuzzContext): fc.Arbitrary<HostileRequest> {
  return fc
    .record({
      target: target(ctx),
      body,
      contentType,
      authorization: authorization(ctx),
      extra: fc.array(extraHeader, { maxLength: 3 }),
    })
    .map((r) => {
      const headers: Array<[string, string]> = [];
      if (r.authorization !== undefined) headers.push(['authorization', visible(r.authorization)]);
      if (r.contentType !== undefined) headers.push(['content-type', visible(r.contentType)]);
      for (const [name, value] of r.extra) {
        const clean = tokenChars(name);
        if (
          clean &&
          !['host', 'content-length', 'transfer-encoding', 'connection'].includes(clean.toLowerCase())
        )
          headers.push([clean, visible(value)]);
      }
      const withBody = r.body !== undefined && !['GET', 'HEAD'].includes(r.target.method.toUpperCase());
      return { method: r.target.method, path: r.target.path, headers, body: withBody ? r.body : undefined };
    });
}
