import { PageLoading } from '@/components/ui/page-loading';

export default function EventFramesPageLoading() {
  return <PageLoading pageName="Event frames" />;
}
