import { listTiers } from '@/app/api/tiers/list-tiers';
import { MockStatusPanel } from '@/components/tiers/mock-status-panel';
import { TierPicker } from '@/components/tiers/tier-picker';
import { Card } from '@/components/ui/card';

export default function HomePage() {
  return (
    <>
      <div className="page-intro">
        <h1>Mock PI Web API at scale</h1>
        <p className="lead">
          Pick how many PI points the embedded mock serves. It switches at once, without a restart, and reports how
          long the new world took to build.
        </p>
      </div>
      <div className="home-grid">
        <Card title="Scale tier" headingId="tier-heading" subtitle="Plants x units x 8 sensor types each">
          <TierPicker tiers={listTiers()} />
        </Card>
        <Card title="Embedded mock" headingId="mock-heading" subtitle="Live from the server">
          <MockStatusPanel />
        </Card>
      </div>
    </>
  );
}
