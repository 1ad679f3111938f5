"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { saveTimeZoneAction } from "@/app/_server/actions/time-zone-actions";

// Zones this page load has already sent: a refused one (a name the server's tz database does not
// know) is not sent again on every navigation.
const sent = new Set<string>();

/**
 * Keeps the signed-in user's zone on record equal to the browser's, so pages rendered on the
 * server show local times and the study day starts at 4 am local time. Renders nothing.
 */
export function TimeZoneSync({ storedZone }: { storedZone: string }) {
  const router = useRouter();
  useEffect(() => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!browserZone || browserZone === storedZone || sent.has(browserZone)) return;
    sent.add(browserZone);
    void saveTimeZoneAction(browserZone).then((state) => {
      if (state.error === null) router.refresh(); // re-render this page's times in the new zone
    });
  }, [storedZone, router]);
  return null;
}
