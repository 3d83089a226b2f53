/**
 * Statistics: the leadership view of reports, cases, campaigns and awareness over time
 * and by area, and the monthly report (PDF, stored, e-mailed, on the command line).
 * Counts and categories only: never an image, a message or a victim; small counts in
 * small areas are suppressed.
 */
@NullMarked
package vn.canhgiac.app.statistics;

import org.jspecify.annotations.NullMarked;
