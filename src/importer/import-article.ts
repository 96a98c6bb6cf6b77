import { contentFolder } from '../consts';
import { buildAliasMatcher } from '../lib/aliases';
import { formatDate } from '../lib/dates';
import type { Entry } from '../lib/registry';
import type { ActorData } from '../schemas/actor';
import type { OutletData } from '../schemas/outlet';
import type { PublicationData } from '../schemas/publication';
import { lineAt, textBlocks } from './blocks';
import { readBody, type Passage } from './body';
import { articleDate, citationDate, later } from './citation-dates';
import { assignIds } from './citation-ids';
import { citedUrl } from './cited-urls';
import { findCitations } from './citations';
import { readHeader } from './header';
import { htmlBlocks } from './html-blocks';
import { renderMdx, SUMMARY_TO_WRITE, type Inline } from './mdx';
import { findMarkers, type Marker } from './notes';
import { newOutletId, outletByDomain, outletByName, outletFromDomain, type KnownOutlet } from './outlets';
import { emptyReport, type Report } from './report';
import { scanTexts } from './scan';
import { slugOf } from './slug';
import { isoOf } from './written-dates';

export interface ImporterRegistry {
  /** The content folder the registry was read from, for messages. */
  root: string;
  actors: Entry<ActorData>[];
  outlets: KnownOutlet[];
  publications: Entry<PublicationData>[];
}

export interface Imported {
  slug: string;
  mdx: string;
  /** Outlets to add to the registry: the domains it did not know. */
  outlets: Array<{ id: string; data: OutletData }>;
}

/** A citation's words in a passage, and what it cites. */
interface Cited {
  passage: Passage;
  start: number;
  end: number;
  outlet: string;
  date?: string;
  url?: string;
}

const textOf = (passage: Passage) => passage.block.text.slice(passage.start);
const lineOf = (passage: Passage, offset: number) => lineAt(passage.block, passage.start + offset);

/**
 * Turns the editor's text (or, with `html`, a saved HTML page of it) into the article's MDX and
 * the outlets it needs, with the report. Reads and writes nothing: the registry comes in.
 */
export function importArticle(source: string, { html = false } = {}, registry: ImporterRegistry): { report: Report; article?: Imported } {
  const report = emptyReport();
  const blocks = html ? htmlBlocks(source) : textBlocks(source);
  const header = readHeader(blocks, registry.publications, contentFolder('publications', registry.root));
  if (Array.isArray(header)) {
    report.errors.push(...header);
    return { report };
  }
  const titleLine = blocks[0]!.line;
  const body = readBody(blocks.slice(header.bodyStart));
  report.errors.push(...body.findings);
  const passages = [...body.sections.map((s) => s.passage), ...body.notes.flatMap((n) => n.passages)];

  // Citations, in the order of the text, each with its outlet, its date and (from a page) its url.
  const outlets = [...registry.outlets];
  const created: Imported['outlets'] = [];
  const textDate = header.date?.year !== undefined ? isoOf(header.date) : undefined;
  const volumeYear =
    header.registered.firstVolumeYear !== undefined && header.publication.volume !== undefined
      ? header.registered.firstVolumeYear + header.publication.volume - 1
      : undefined;
  const time = { ...(textDate ? { textDate } : {}), year: header.date?.year ?? volumeYear };
  const cited: Cited[] = [];
  for (const passage of passages) {
    const text = textOf(passage);
    const found = findCitations(text, (name) => outletByName(outlets, name)?.id, contentFolder('outlets', registry.root));
    report.errors.push(...found.errors.map((e) => ({ line: lineOf(passage, e.offset), message: e.message })));
    report.leftAsText.push(...found.notes.map((n) => ({ line: lineOf(passage, n.offset), message: n.message })));
    const spans = found.sources.map((s) => ({ start: passage.start + s.start, end: passage.start + s.end }));
    found.sources.forEach((citation, i) => {
      const line = lineOf(passage, citation.start);
      const words = text.slice(citation.start, citation.end);
      let outlet: string;
      if ('outlet' in citation.source) outlet = citation.source.outlet;
      else {
        const { domain } = citation.source;
        outlet = outletByDomain(outlets, domain)?.id ?? newOutletId(domain, new Set(outlets.map((o) => o.id)));
        if (!outlets.some((o) => o.id === outlet)) {
          const data = outletFromDomain(domain);
          outlets.push({ id: outlet, data });
          created.push({ id: outlet, data });
          report.outletsCreated.push({ id: outlet, line, message: `new outlet "${outlet}" for ${domain}: its name and language are for a human to give` });
        }
      }
      let date: string | undefined;
      if (citation.date) {
        const resolved = citationDate(citation.date, time);
        if ('problem' in resolved) {
          report.errors.push({ line, message: `the date in "${words}" ${resolved.problem}` });
          return;
        }
        date = resolved.iso;
        if (textDate && later(date, textDate)) {
          report.forHuman.push({ line, message: `"${words}" is dated after the article (${formatDate(textDate)})` });
        }
      }
      const { url, problem } = citedUrl(spans[i]!, spans, passage.block.links);
      if (problem) report.forHuman.push({ line, message: problem });
      cited.push({ passage, start: citation.start, end: citation.end, outlet, ...(date ? { date } : {}), ...(url ? { url } : {}) });
    });
  }
  const { citations, ids } = assignIds(cited.map(({ outlet, date, url }) => ({ outlet, ...(date ? { date } : {}), ...(url ? { url } : {}) })));

  const dated = articleDate(textDate, citations.flatMap((c) => (c.date ? [c.date] : [])));
  if (!dated) {
    report.errors.push({ line: titleLine, message: 'the text gives no date and no citation is dated: put the article’s date on a line of its own after the byline' });
  } else if (dated.comment) {
    report.forHuman.push({ line: titleLine, message: `date: "${dated.date}" is the month of the latest citation; the text gives none` });
  }

  // Notes: every marker has its note, every note its marker.
  const markers = new Map<Passage, Marker[]>(body.sections.map(({ passage }) => [passage, findMarkers(textOf(passage))]));
  const labels = new Set(body.notes.map((n) => n.label));
  for (const [passage, found] of markers) {
    for (const marker of found.filter((m) => !labels.has(m.label))) {
      report.errors.push({ line: lineOf(passage, marker.start), message: `note marker [${marker.label}] has no note: add "[${marker.label}] …" under "Notes"` });
    }
  }
  const referenced = new Set([...markers.values()].flat().map((m) => m.label));
  for (const note of body.notes.filter((n) => !referenced.has(n.label))) {
    report.errors.push({ line: note.passages[0]!.block.line, message: `note [${note.label}] is never referenced in the text: add its marker "[${note.label}]"` });
  }

  const slug = slugOf(header.title);
  if (slug === '') report.errors.push({ line: titleLine, message: 'the title has no Latin letters or digits to make the article’s file name from' });

  const matcher = buildAliasMatcher(registry.actors);
  const scan = scanTexts(
    [
      { text: header.title, line: () => titleLine, masked: [], titleCase: true },
      ...passages.map((passage) => ({
        text: textOf(passage),
        line: (offset: number) => lineOf(passage, offset),
        masked: [...cited.filter((c) => c.passage === passage), ...(markers.get(passage) ?? [])],
        titleCase: body.sections.some((s) => s.passage === passage && s.kind === 'heading'),
      })),
    ],
    matcher,
  );
  const names = new Map(registry.actors.map((a) => [a.id, a.data.name]));
  const byCount = <T extends { count: number; line: number }>(a: T, b: T) => b.count - a.count || a.line - b.line;
  report.actors = [...scan.actors].map(([id, tally]) => ({ name: names.get(id)!, ...tally })).sort(byCount);
  report.unknownNames = [...scan.unknownNames].map(([name, tally]) => ({ name, ...tally })).sort(byCount);
  report.forHuman.push(
    ...scan.unclear.map(({ line, text, kind }) => ({
      line,
      message: kind === 'date' ? `relative date "${text}": say which with [${text}](date:…)` : `"${text}" names no one: say who with [${text}](actor:…) if an actor is meant`,
    })),
    { line: titleLine, message: `summary: for the editor to write (it reads "${SUMMARY_TO_WRITE}")` },
  );
  report.counts = {
    paragraphs: body.sections.filter((s) => s.kind === 'paragraph').length,
    headings: body.sections.filter((s) => s.kind === 'heading').length,
    citations: cited.length,
    sources: citations.length,
    notes: body.notes.length,
  };
  report.outletsMatched = [...new Set(citations.map((c) => c.outlet))].filter((id) => !created.some((o) => o.id === id));
  for (const list of [report.errors, report.forHuman, report.leftAsText]) list.sort((a, b) => a.line - b.line);
  if (report.errors.length > 0 || !dated) return { report };

  const inlinesOf = (passage: Passage): Inline[] => {
    const text = textOf(passage);
    const marks = [
      ...cited.flatMap((c, i) => (c.passage === passage ? [{ start: c.start, end: c.end, inline: { words: text.slice(c.start, c.end), cite: ids[i]! } }] : [])),
      ...(markers.get(passage) ?? []).map((m) => ({ start: m.start, end: m.end, inline: { note: m.label } })),
    ].sort((a, b) => a.start - b.start);
    const parts: Inline[] = [];
    let at = 0;
    for (const mark of marks) {
      if (mark.start > at) parts.push({ text: text.slice(at, mark.start) });
      parts.push(mark.inline);
      at = mark.end;
    }
    if (at < text.length) parts.push({ text: text.slice(at) });
    return parts;
  };
  const mdx = renderMdx({
    data: { title: header.title, authors: header.authors, publication: header.publication, date: dated.date, summary: SUMMARY_TO_WRITE, citations },
    ...(dated.comment ? { dateComment: dated.comment } : {}),
    sections: body.sections.map(({ kind, passage }) => ({ kind, inlines: inlinesOf(passage) })),
    notes: body.notes.map((n) => ({ label: n.label, paragraphs: n.passages.map(inlinesOf) })),
  });
  return { report, article: { slug, mdx, outlets: created } };
}
