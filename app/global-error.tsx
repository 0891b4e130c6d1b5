'use client';

import { SegmentError, type SegmentErrorProps } from '@/components/ui/segment-error';
// This file replaces the root layout when the layout itself fails, so it brings the one stylesheet itself.
import './globals.css';

export default function GlobalError(props: SegmentErrorProps) {
  return (
    <html lang="en">
      <body>
        <title>Error · PI connector demo</title>
        <main id="main" className="page">
          <SegmentError {...props} pageName="PI connector demo" />
        </main>
      </body>
    </html>
  );
}
