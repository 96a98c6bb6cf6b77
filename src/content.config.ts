import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { actorSchema } from './schemas/actor';
import { outletSchema } from './schemas/outlet';
import { contentDir } from './consts';

const articles = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: `${contentDir()}/articles` }),
  schema: articleSchema,
});

const actors = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir()}/actors` }),
  schema: actorSchema,
});

const outlets = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir()}/outlets` }),
  schema: outletSchema,
});

export const collections = { articles, actors, outlets };
