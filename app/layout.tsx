import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { TopNav } from '@/components/nav/top-nav';
import { Providers } from './providers';
import './globals.css';

export const metadata: Metadata = {
  title: 'PI connector demo',
  description: 'A scalable mock PI Web API and a connector that lands its data in bronze tables.',
  // public/: the SVG for browsers that take one, the .ico (16, 32, 48 px) for the rest and for /favicon.ico.
  icons: {
    icon: [
      { url: '/icon.svg', type: 'image/svg+xml' },
      { url: '/favicon.ico', sizes: '16x16 32x32 48x48' },
    ],
    apple: [{ url: '/apple-icon.png', sizes: '180x180', type: 'image/png' }],
  },
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {/* First in the tab order: keyboard users reach the page without stepping through the nav. */}
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <Providers>
          <header className="site-header">
            <div className="site-header-inner">
              <span className="brand">PI connector demo</span>
              <TopNav />
            </div>
          </header>
          {/* tabIndex -1: the skip link moves focus here, so the next Tab starts inside the page. */}
          <main id="main" className="page" tabIndex={-1}>
            {children}
          </main>
        </Providers>
      </body>
    </html>
  );
}
