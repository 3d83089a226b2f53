/**
 * Links analysed as text, never fetched: parsing, registrable domain, look-alikes of
 * protected brands, and the verdict.
 */
@NullMarked
package vn.canhgiac.engine.url;

import org.jspecify.annotations.NullMarked;
