// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { articleProcessor } from './src/markdown/processor.ts';
import { threadedMdx } from './src/integrations/threaded-mdx.ts';
import { referenceFormatter } from './src/integrations/reference-formatter.ts';
import { renderedPages } from './src/integrations/rendered-pages.ts';
import { siteAddress } from './src/integrations/site-address.ts';
import { stagedOutput } from './src/integrations/staged-output.ts';
import { SITE } from './src/consts.ts';

// The articles' MDX, compiled on the machine's other cores (src/integrations/threaded-mdx.ts).
const mdxCompiler = threadedMdx(articleProcessor());

export default defineConfig({
  site: SITE.url,
  // OUT_DIR lets several builds (fixtures, benchmark, parallel test runs) coexist.
  ...(process.env.OUT_DIR ? { outDir: process.env.OUT_DIR } : {}),
  // Builds of other content folders (fixtures, benchmark) keep their own content-layer cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Pages also wait: on the disk, and on the thread formatting their references. Four at a time
  // keep the rendering thread busy meanwhile (1,000 articles: rendering 42 s → 34 s).
  build: { concurrency: 4 },
  // A strict CSP as a <meta> on every page: Astro hashes each script and style it emits, so no
  // 'unsafe-inline'; 'wasm-unsafe-eval' is for Pagefind's WebAssembly. public/_headers repeats it
  // for hosts that send headers, with what a <meta> cannot carry (frame-ancestors).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  markdown: {
    // No code blocks here, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
    syntaxHighlight: false,
    processor: mdxCompiler.processor,
  },
  // stagedOutput() last: it publishes what the others have written, the search index included.
  // MDX's `optimize`: an article's text, which holds no component, compiles to HTML strings rather
  // than a JSX call per element, so its module is smaller to bundle and its page quicker to render
  // (1,000 articles, three builds each, alternating: 57.9 s → 53.9 s). Its markup is the same but
  // for booleans written HTML's way (`data-footnote-ref`, not `="true"`), which every selector matches.
  integrations: [siteAddress(SITE.url), mdx({ optimize: true }), mdxCompiler.integration, sitemap(), referenceFormatter(), renderedPages(), stagedOutput()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        // Astro marks every MDX module so, and Rolldown warns for each (withastro/astro#18087): at
        // 1,000 articles that is 10,000 lines of noise that buried real warnings, and time spent.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
