'use client';

import { SegmentError, type SegmentErrorProps } from '@/components/ui/segment-error';

export default function PerformancePageError(props: SegmentErrorProps) {
  return <SegmentError {...props} pageName="Performance" />;
}
