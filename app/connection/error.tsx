'use client';

import { SegmentError, type SegmentErrorProps } from '@/components/ui/segment-error';

export default function ConnectionPageError(props: SegmentErrorProps) {
  return <SegmentError {...props} pageName="Connection" />;
}
