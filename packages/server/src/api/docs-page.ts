import type { OpenApiDocument } from './openapi';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const WHO: Record<string, string> = {
  public: 'anyone',
  resident: 'resident (resume token)',
  caseworker: 'caseworker',
  designer: 'designer',
  dataProtection: 'data protection officer',
  reviewer: 'designer, or a review link for this version',
};

/**
 * The API documentation as a plain HTML page built from the OpenAPI document: no scripts, no
 * styles from elsewhere, so it works under the strict Content-Security-Policy.
 */
export function docsPage(doc: OpenApiDocument): string {
  const rows: string[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const statuses = Object.keys(op.responses).join(', ');
      rows.push(
        `<tr><td><code>${method.toUpperCase()}</code></td><td><code>${escapeHtml(path)}</code></td><td>${escapeHtml(op.summary)}</td><td>${escapeHtml(WHO[op['x-fingerpost-auth']] ?? op['x-fingerpost-auth'])}</td><td>${statuses}</td></tr>`,
      );
    }
  }
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(doc.info.title)}</title></head>
<body>
<main>
<h1>${escapeHtml(doc.info.title)}</h1>
<p>${escapeHtml(doc.info.description)}</p>
<p>The machine-readable description is <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).</p>
<table>
<caption>Operations</caption>
<thead><tr><th scope="col">Method</th><th scope="col">Path</th><th scope="col">What it does</th><th scope="col">Who may call it</th><th scope="col">Statuses</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</main>
</body>
</html>`;
}
