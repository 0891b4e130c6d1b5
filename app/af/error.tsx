'use client';

import { SegmentError, type SegmentErrorProps } from '@/components/ui/segment-error';

export default function AfPageError(props: SegmentErrorProps) {
  return <SegmentError {...props} pageName="AF hierarchy" />;
}
