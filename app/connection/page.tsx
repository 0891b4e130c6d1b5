import type { Metadata } from 'next';
import { ConnectionView } from '@/components/connection/connection-view';

export const metadata: Metadata = { title: 'Connection · PI connector demo' };

export default function ConnectionPage() {
  return (
    <>
      <div className="page-intro">
        <h1>Connection</h1>
        <p className="lead">The same connector reads the embedded mock or a real PI Web API. Test either with one recorded read.</p>
      </div>
      <ConnectionView />
    </>
  );
}
