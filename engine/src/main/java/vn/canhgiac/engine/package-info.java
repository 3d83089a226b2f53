/**
 * Pure Java analysis library: image forensics, text, URLs, mail, files and indicators. No
 * Spring, no database, no network.
 */
@NullMarked
package vn.canhgiac.engine;

import org.jspecify.annotations.NullMarked;
