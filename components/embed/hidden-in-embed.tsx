'use client';

import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { isEmbedPath } from './embed-origins';

/**
 * The site's own chrome (skip link, header, footer) around every page but the embed: a player
 * framed in someone else's article shows the player alone. The root layout wraps its chrome in
 * this so that one layout serves both (the path is known when a page is prerendered, so the
 * embed's HTML never contains the chrome).
 */
export function HiddenInEmbed({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  return isEmbedPath(pathname ?? '') ? null : children;
}
