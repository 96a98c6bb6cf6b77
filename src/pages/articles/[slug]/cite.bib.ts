import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { citeFilePaths } from '../../../data/article-citation';
import { bibtex } from '../../../lib/citation-formats';

export const getStaticPaths = citeFilePaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(bibtex(props.item), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
