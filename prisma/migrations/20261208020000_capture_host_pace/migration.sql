-- Polite pacing of web captures per host, shared by every app process: one row per host holding the
-- earliest time the next request to it may start. A request books its slot by moving that time on in
-- one statement (the row's lock serialises processes), so the spacing holds across processes.
-- CreateTable
CREATE TABLE "CaptureHostPace" (
    "host" TEXT NOT NULL,
    "nextAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CaptureHostPace_pkey" PRIMARY KEY ("host")
);
