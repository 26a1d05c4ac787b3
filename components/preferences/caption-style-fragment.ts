/**
 * The link fragment that carries a caption style's code (`/watch/sound-of-metal#caption-style=cs1.…`),
 * apart from the code itself (caption-style-code.ts): the player reads it on every page load to
 * decide whether to load the dialog that offers a linked style, without loading the codec.
 */

export const CAPTION_STYLE_FRAGMENT = 'caption-style';

/**
 * The code a link carries in its fragment (`#caption-style=cs1.…`, alone or among other
 * `&`-separated fields), or '' when it carries none. The code itself is not checked here.
 */
export function codeFromHash(hash: string): string {
  const match = new RegExp(`(?:^#|&)${CAPTION_STYLE_FRAGMENT}=([^&]*)`).exec(hash);
  return match?.[1] ?? '';
}
