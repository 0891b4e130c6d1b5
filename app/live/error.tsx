'use client';

import { SegmentError, type SegmentErrorProps } from '@/components/ui/segment-error';

export default function LivePageError(props: SegmentErrorProps) {
  return <SegmentError {...props} pageName="Live" />;
}
