'use client';

import { SegmentError, type SegmentErrorProps } from '@/components/ui/segment-error';

export default function GranularityPageError(props: SegmentErrorProps) {
  return <SegmentError {...props} pageName="Granularity" />;
}
