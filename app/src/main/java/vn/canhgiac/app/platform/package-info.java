/**
 * Runtime platform: the home directory, the run mode (demo or production), the embedded
 * PostgreSQL used when no external database is configured, and what several nodes share
 * through the database: rate limits ({@link vn.canhgiac.app.platform.SharedRateLimits})
 * and once-per-period scheduled jobs ({@link vn.canhgiac.app.platform.ScheduledJobs}).
 */
@NullMarked
package vn.canhgiac.app.platform;

import org.jspecify.annotations.NullMarked;
