/**
 * Intelligence: indicators (phones, accounts, wallets, handles, links, image and text
 * fingerprints) seen in checks, reports and cases; correlation into campaigns; the
 * blacklist, public lookup and feeds. Other modules publish
 * {@link vn.canhgiac.app.intel.IndicatorsObserved}; this module records the sightings.
 */
@NullMarked
package vn.canhgiac.app.intel;

import org.jspecify.annotations.NullMarked;
