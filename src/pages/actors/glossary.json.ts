import type { APIRoute } from 'astro';
import { actorGlossary } from '../../data/registry';

/** Served once for the whole site and cached, rather than carried in every article page. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await actorGlossary()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
