import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "News Knowledge Graph", template: "%s · News Knowledge Graph" },
  description: "Who said what, where and when: quotes, speakers and events extracted from news articles.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * The frame of every page: skip link, site navigation and the main landmark. Reading the
 * request headers renders every page per request, so each gets the nonce of its own CSP (proxy.ts).
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await headers();
  return (
    <html lang="en">
      <body>
        <a className="skip" href="#main">
          Skip to content
        </a>
        <header className="site">
          <nav aria-label="Main">
            <Link href="/" className="brand">
              News Knowledge Graph
            </Link>
            <Link href="/articles">Articles</Link>
            <Link href="/actors">Actors</Link>
            <Link href="/events">Events</Link>
            <Link href="/search">Search</Link>
            <a href="/graphiql">API</a>
            <a href="/sign-in" className="sign-in-link">
              Editors
            </a>
          </nav>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
