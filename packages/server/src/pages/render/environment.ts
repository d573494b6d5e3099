import nunjucks from 'nunjucks';
import { govukDist, templatesDir } from './paths';

/**
 * The Nunjucks environment for every page: our templates first, then govuk-frontend's (so
 * `govuk/template.njk` and `govuk/components/…/macro.njk` resolve). Autoescape is on: journey texts
 * and answers are data, and are never marked safe.
 */
export function pagesEnvironment(): nunjucks.Environment {
  const loader = new nunjucks.FileSystemLoader([templatesDir(), govukDist()], { noCache: false });
  const env = new nunjucks.Environment(loader, {
    autoescape: true,
    throwOnUndefined: false,
    trimBlocks: true,
    lstripBlocks: true,
  });
  return env;
}

/**
 * Renders a template to HTML.
 * @example render(env, 'resident/start.njk', { title: 'Report a missed bin' })
 */
export function render(env: nunjucks.Environment, template: string, context: object): string {
  return env.render(template, context);
}
