import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { citeFilePaths } from '../../../data/article-citation';
import { cslJson } from '../../../lib/citation-formats';

export const getStaticPaths = citeFilePaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(cslJson(props.item), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
