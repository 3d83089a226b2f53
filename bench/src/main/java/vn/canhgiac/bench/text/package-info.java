/**
 * Accuracy and speed of the message, link and indicator checks over ../shared/data and
 * the labelled sets kept here (never shipped).
 */
@NullMarked
package vn.canhgiac.bench.text;

import org.jspecify.annotations.NullMarked;
