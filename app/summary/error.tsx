'use client';

import { SegmentError, type SegmentErrorProps } from '@/components/ui/segment-error';

export default function SummaryPageError(props: SegmentErrorProps) {
  return <SegmentError {...props} pageName="Summary" />;
}
