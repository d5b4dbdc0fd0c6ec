import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Provenance workbench", template: "%s · Provenance workbench" },
  description: "Trace every figure to the exact words, who asserted it, who reported it, and who checked it.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: its scripts carry that request's CSP nonce (see proxy.ts),
  // which a page prerendered at build time could not know.
  await connection();
  return (
    <html lang="en" dir="ltr">
      <body>{children}</body>
    </html>
  );
}
