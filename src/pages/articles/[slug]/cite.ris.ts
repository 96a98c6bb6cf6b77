import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { citeFilePaths } from '../../../data/article-citation';
import { ris } from '../../../lib/citation-formats';

export const getStaticPaths = citeFilePaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(ris(props.item), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
