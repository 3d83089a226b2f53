/**
 * Police cases: every report lands in the inbox of the station serving the victim's
 * commune (or the province inbox); officers triage, assign, work and close it, talk with
 * the reporter through the system, and export a verifiable case file. Access is enforced
 * in the queries: officers see their station's cases and cases shared with it, police
 * administrators all.
 */
@NullMarked
package vn.canhgiac.app.cases;

import org.jspecify.annotations.NullMarked;
