import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found · PI connector demo' };

/** Every URL no page answers (and any notFound()): said plainly, inside the usual frame, with the way home. */
export default function NotFound() {
  return (
    <div className="not-found">
      <div className="page-intro">
        <h1>Page not found</h1>
        <p className="lead">This dashboard has no page at this address. The pages it has are in the bar above.</p>
      </div>
      <p>
        <Link href="/">Go to the Run page</Link>
      </p>
    </div>
  );
}
