import { PageLoading } from '@/components/ui/page-loading';

export default function AfPageLoading() {
  return <PageLoading pageName="AF hierarchy" />;
}
