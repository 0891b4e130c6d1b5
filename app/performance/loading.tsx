import { PageLoading } from '@/components/ui/page-loading';

export default function PerformancePageLoading() {
  return <PageLoading pageName="Performance" />;
}
