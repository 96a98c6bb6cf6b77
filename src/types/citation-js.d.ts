// Citation.js ships no type declarations: these cover only the calls this site makes.

declare module '@citation-js/core' {
  export interface FormatOptions {
    /** "text" or "html" for bibliographies; "object" or "text" for data formats. */
    format?: string;
    template?: string;
    lang?: string;
    hyperlinks?: boolean;
    asEntryArray?: boolean;
  }
  export class Cite {
    constructor(data: unknown);
    data: Array<Record<string, unknown>>;
    format(name: 'bibliography', options: FormatOptions & { asEntryArray: true }): Array<[string, string]>;
    format(name: 'ris', options: { format: 'object' }): Array<Record<string, string | string[]>>;
    format(name: string, options?: FormatOptions): string;
  }
  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
  }
  export const plugins: {
    config: { get(plugin: '@csl'): { styles: Register<string> } };
  };
}

declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';

declare module '@citation-js/name' {
  /** A byline name ("Ludwig van Beethoven") split into CSL name parts. */
  export function parse(name: string): {
    given?: string;
    family?: string;
    'non-dropping-particle'?: string;
    'dropping-particle'?: string;
    suffix?: string;
  };
}
