// The unit of work of a conversion run: one planned page → its body and findings
// (convertPlannedBody), and the page's file once its plan entry is final (pageFileOf: front
// matter + body). Pure and total: it reads only its arguments and never throws (a page whose
// conversion throws is written with its source fenced and a page-failed finding). The pipeline
// runs it in-thread or on the worker pool (src/pool/worker.ts) with the same arguments.

import type { Config } from './config.js';
import { convertOtherBody, convertTikiBody, fallbackBody, MARKDOWN_SYNTAX } from './convert-page.js';
import { pageFile, pageFrontMatter } from './emit/page-file.js';
import type { NormalizeOptions } from './normalize/context.js';
import type { LinkTargets } from './normalize/link-targets.js';
import type { PageResources } from './normalize/page-resources.js';
import type { PlannedPage } from './plan/plan-types.js';
import type { Finding, PageFinding } from './report/finding.js';

export interface ConvertedPage {
  file: string;
  findings: Finding[];
  failed: boolean;
}

/** A page's body as converted, before the front matter is put on it (pageFileOf). */
export interface ConvertedBody {
  body: string;
  findings: Finding[];
  /** The body is the page's source fenced (the page failed): the front matter says so. */
  failed: boolean;
}

/** One planned page → its whole file (front matter + body) and findings. Never throws. */
export function convertPlannedPage(planned: PlannedPage, links: LinkTargets, config: Config, resources?: PageResources): ConvertedPage {
  const converted = convertPlannedBody(planned, links, config, resources);
  return { file: pageFileOf(planned, config, converted), findings: converted.findings, failed: converted.failed };
}

/**
 * One planned page → its body and findings. Never throws. The body does not depend on the page's
 * aliases: a run converts bodies while its legacy URLs are still being planned.
 */
export function convertPlannedBody(planned: PlannedPage, links: LinkTargets, config: Config, resources?: PageResources): ConvertedBody {
  const { page } = planned;
  const attach = (f: PageFinding): Finding => ({ ...f, pageId: page.id, pageName: page.name });
  const options: NormalizeOptions = { headingOffset: config.headingOffset, rawHtml: config.rawHtml, plugins: lowerKeys(config.plugins), resources };
  try {
    const body = page.isHtml
      ? convertOtherBody(page.data, 'html', links, options)
      : MARKDOWN_SYNTAX.test(page.data)
        ? convertOtherBody(page.data, 'markdown', links, options)
        : convertTikiBody(page.data, links, options);
    return { body: body.markdown, findings: body.findings.map(attach), failed: false };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const finding: PageFinding = { ruleId: 'page-failed', severity: 'error', line: null, column: null, message: `Conversion failed: ${reason}; the page is written with its Tiki source in a fenced block` };
    return { body: fallbackBody(page.data, reason), findings: [attach(finding)], failed: true };
  }
}

/** The page's file: its front matter (which says whether the page failed), a blank line, the body. */
export function pageFileOf(planned: PlannedPage, config: Config, converted: Pick<ConvertedBody, 'body' | 'failed'>): string {
  return pageFile(pageFrontMatter(planned, converted.failed), config.frontMatter, converted.body);
}

function lowerKeys<T>(o: Record<string, T> | undefined): Record<string, T> {
  return Object.fromEntries(Object.entries(o ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
}

/** The body and finding of a page whose conversion could not run at all (time or memory limit, worker crash). */
export function failedBody(planned: PlannedPage, reason: string): ConvertedBody {
  const { page } = planned;
  const finding: Finding = {
    ruleId: 'page-failed',
    severity: 'error',
    pageId: page.id,
    pageName: page.name,
    line: null,
    column: null,
    message: `Conversion failed: ${reason}; the page is written with its Tiki source in a fenced block`,
  };
  return { body: fallbackBody(page.data, reason), findings: [finding], failed: true };
}
