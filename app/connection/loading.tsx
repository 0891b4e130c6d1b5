import { PageLoading } from '@/components/ui/page-loading';

export default function ConnectionPageLoading() {
  return <PageLoading pageName="Connection" />;
}
