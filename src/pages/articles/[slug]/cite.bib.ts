import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { citeFilePaths } from '../../../data/cite';
import { bibtex } from '../../../lib/cite';

export const getStaticPaths = citeFilePaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(bibtex(props.item), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
