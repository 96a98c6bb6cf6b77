/**
 * A pure function of strings, computed once per distinct arguments: for the search terms each
 * mention and date carries, which an archive repeats by the thousand (the same actor named the
 * same way, the same day written the same way) and which cost regular expressions to build.
 * Making one has no side effect, and the bundler is told so (`#__NO_SIDE_EFFECTS__`): a bundle that
 * never calls the memoized function leaves it out, with what it computes with (the date terms stay
 * out of the browser's scripts).
 */
/* #__NO_SIDE_EFFECTS__ */
export function memoized<A extends string[], R>(compute: (...args: A) => R): (...args: A) => R {
  const known = new Map<string, R>();
  return (...args) => {
    const key = args.join('\u0000');
    if (!known.has(key)) known.set(key, compute(...args));
    return known.get(key)!;
  };
}
