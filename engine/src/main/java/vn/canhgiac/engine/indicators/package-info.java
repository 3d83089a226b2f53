/**
 * Indicators (phones, bank accounts, wallets, handles, links, amounts): extraction and
 * normal forms shared by every module.
 */
@NullMarked
package vn.canhgiac.engine.indicators;

import org.jspecify.annotations.NullMarked;
