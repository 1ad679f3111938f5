// The client's address as the first proxy saw it. Only used to throttle sign-in attempts, so a
// spoofed header can at worst spread one client's attempts over several buckets of its own.
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}
