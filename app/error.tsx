'use client';

import { SegmentError, type SegmentErrorProps } from '@/components/ui/segment-error';

export default function RunPageError(props: SegmentErrorProps) {
  return <SegmentError {...props} pageName="Run" />;
}
