'use client';

import { SegmentError, type SegmentErrorProps } from '@/components/ui/segment-error';

export default function HistoryPageError(props: SegmentErrorProps) {
  return <SegmentError {...props} pageName="History" />;
}
