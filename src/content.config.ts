import { defineCollection } from 'astro:content';
import { articleSchema } from './schemas/article';
import { actorSchema } from './schemas/actor';
import { outletSchema } from './schemas/outlet';
import { folderLoader } from './data/content-loader';

export const collections = {
  articles: defineCollection({ loader: folderLoader('articles', '.mdx', articleSchema), schema: articleSchema }),
  actors: defineCollection({ loader: folderLoader('actors', '.yaml', actorSchema), schema: actorSchema }),
  outlets: defineCollection({ loader: folderLoader('outlets', '.yaml', outletSchema), schema: outletSchema }),
};
