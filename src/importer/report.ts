import type { Finding } from './findings';
import { countOf } from '../lib/counts';

/** What the importer found in a file; `errors` non-empty means nothing may be written. */
export interface Report {
  errors: Finding[];
  counts: { paragraphs: number; headings: number; citations: number; sources: number; notes: number };
  /** Ids of the registry's outlets the citations name. */
  outletsMatched: string[];
  outletsCreated: Array<Finding & { id: string }>;
  /** Actors the registry knows, with how often and where first. */
  actors: Array<{ name: string; count: number; line: number }>;
  /** Capitalised names no actor spells: candidates for new actors. */
  unknownNames: Array<{ name: string; count: number; line: number }>;
  /** Places that need a human: relative dates, ambiguous phrases, a derived date, the summary. */
  forHuman: Finding[];
  /** Brackets and bits of text left as written. */
  leftAsText: Finding[];
}

export const emptyReport = (): Report => ({
  errors: [],
  counts: { paragraphs: 0, headings: 0, citations: 0, sources: 0, notes: 0 },
  outletsMatched: [],
  outletsCreated: [],
  actors: [],
  unknownNames: [],
  forHuman: [],
  leftAsText: [],
});


/**
 * The report as the editor reads it: what was found, then every place to look at as
 * "file:line: message", the form editors and terminals jump to.
 */
export function formatReport(file: string, report: Report, actorsFolder: string, written?: string): { out: string; errors: string } {
  const at = (f: Finding) => `    ${file}:${f.line}: ${f.message}`;
  const section = (title: string, lines: string[]) => (lines.length > 0 ? [`  ${title} (${lines.length}):`, ...lines] : [`  ${title}: none`]);
  const { paragraphs, headings, citations, sources, notes } = report.counts;
  const out = [
    written ? `${file} → ${written}` : `${file}: not imported, nothing written`,
    `  found: ${countOf(paragraphs, 'paragraph')}, ${countOf(headings, 'heading')}, ${countOf(citations, 'citation')} of ${countOf(sources, 'source')}, ${countOf(notes, 'note')}`,
    `  outlets: ${report.outletsMatched.length} matched, ${report.outletsCreated.length} created`,
    ...report.outletsCreated.map(at),
    ...section(`actors in ${actorsFolder}`, report.actors.map((a) => `    ${a.name} ×${a.count} (first on line ${a.line})`)),
    ...section(`names not in ${actorsFolder}, candidates for actors`, report.unknownNames.map((n) => `    ${n.name} ×${n.count} (first on line ${n.line})`)),
    ...section('for a human to look at', report.forHuman.map(at)),
    ...section('brackets and text left as written', report.leftAsText.map(at)),
  ];
  const errors = report.errors.map((f) => `${file}:${f.line}: ${f.message}`);
  return { out: out.join('\n'), errors: errors.join('\n') };
}
