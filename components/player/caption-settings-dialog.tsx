'use client';

import { lazy, useState } from 'react';
import { LazyDialog } from './lazy-dialog';

const CaptionSettingsContent = lazy(() =>
  import('./caption-settings-content').then((m) => ({ default: m.CaptionSettingsContent })),
);

/** The "Caption settings" button; the dialog it opens loads on first use (`caption-settings-content.tsx`). */
export function CaptionSettingsDialog({ className }: { className?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <LazyDialog
      open={open}
      onOpenChange={setOpen}
      className={className}
      label="Caption settings"
      dialog={CaptionSettingsContent}
      props={{}}
    />
  );
}
