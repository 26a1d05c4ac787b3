'use client';

import { lazy, useState } from 'react';
import { LazyDialog } from '@/components/player/lazy-dialog';
import type { ShareTrack } from './share-content';

const ShareContent = lazy(() => import('./share-content').then((m) => ({ default: m.ShareContent })));

/** The watch page's "Share" button; the dialog (link, embed code) loads on first use. */
export function ShareDialog(props: { slug: string; title: string; tracks: ShareTrack[] }) {
  const [open, setOpen] = useState(false);
  return <LazyDialog open={open} onOpenChange={setOpen} label="Share" dialog={ShareContent} props={props} />;
}
