import { PageLoading } from '@/components/ui/page-loading';

export default function RunPageLoading() {
  return <PageLoading pageName="Run" />;
}
