import { PageLoading } from '@/components/ui/page-loading';

export default function LivePageLoading() {
  return <PageLoading pageName="Live" />;
}
