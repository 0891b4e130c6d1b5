import { listTiers } from '@/app/api/tiers/list-tiers';
import { RunWorkbench } from '@/components/run/run-workbench';

export default function RunPage() {
  return (
    <>
      <div className="page-intro page-intro-inline">
        <h1>Sequential vs batch, live</h1>
        <p className="lead">The connector reads the same hour of every tag once per mode and lands it in bronze.</p>
      </div>
      <RunWorkbench tiers={listTiers()} />
    </>
  );
}
