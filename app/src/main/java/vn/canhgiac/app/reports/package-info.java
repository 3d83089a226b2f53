/**
 * Reports to the police: a guided, calm flow for staff and (with consent) anonymous
 * members of the public; evidence goes through the checks; a tracking code lets the
 * reporter follow the status and talk with the police. The cases module turns each report
 * into a case ({@link vn.canhgiac.app.reports.ReportSubmitted}).
 */
@NullMarked
package vn.canhgiac.app.reports;

import org.jspecify.annotations.NullMarked;
