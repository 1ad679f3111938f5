import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "./_components/site-header";
import { TimeZoneSync } from "./_components/time-zone-sync";
import { currentUser } from "./_server/current-user";
import { viewerTimeZone } from "./_server/viewer-time-zone";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Citecards", template: "%s · Citecards" },
  description: "Quizzes and flashcards that cite the sentence every answer comes from.",
};

// Every page shows who is signed in, so none may be prerendered at build time as if nobody were.
export const dynamic = "force-dynamic";

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  return (
    <html lang="en">
      <body>
        <SiteHeader user={user} />
        {user ? <TimeZoneSync storedZone={await viewerTimeZone(user)} /> : null}
        <main>{children}</main>
      </body>
    </html>
  );
}
