import { PageLoading } from '@/components/ui/page-loading';

export default function GranularityPageLoading() {
  return <PageLoading pageName="Granularity" />;
}
