'use client';

import { Button } from '../ui/button';
import { useFullscreen } from './use-fullscreen';

/** Full screen for the audience: the header, the page intro and the settings step aside. */
export function FullscreenToggle() {
  const { active, supported, toggle } = useFullscreen();
  return (
    <Button
      variant="secondary"
      className="button-small fullscreen-toggle"
      aria-pressed={active}
      disabled={!supported}
      title={supported ? (active ? 'Leave full screen (Esc)' : 'Show the live run full screen') : 'This browser does not offer full screen here'}
      onClick={() => void toggle()}
    >
      Full screen
    </Button>
  );
}
