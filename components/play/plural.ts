/** `plural(1, 'file')` → "1 file", `plural(2, 'file')` → "2 files": English nouns that take an s. */
export const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;
