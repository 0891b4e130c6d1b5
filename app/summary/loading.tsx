import { PageLoading } from '@/components/ui/page-loading';

export default function SummaryPageLoading() {
  return <PageLoading pageName="Summary" />;
}
