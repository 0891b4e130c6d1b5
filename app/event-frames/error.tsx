'use client';

import { SegmentError, type SegmentErrorProps } from '@/components/ui/segment-error';

export default function EventFramesPageError(props: SegmentErrorProps) {
  return <SegmentError {...props} pageName="Event frames" />;
}
