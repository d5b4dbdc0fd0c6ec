-- Pages and requests paced apart: pages of one host stay CAPTURE_HOST_INTERVAL_MS apart, while a
-- page's own stylesheets, scripts and images follow it CAPTURE_REQUEST_INTERVAL_MS apart, as a
-- browser loading the page would; pacing every image like a page made one capture take seconds.
ALTER TABLE "CaptureHostPace" ADD COLUMN "nextPageAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
