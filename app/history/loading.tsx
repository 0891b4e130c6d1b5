import { PageLoading } from '@/components/ui/page-loading';

export default function HistoryPageLoading() {
  return <PageLoading pageName="History" />;
}
