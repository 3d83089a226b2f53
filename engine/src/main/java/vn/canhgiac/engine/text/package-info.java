/**
 * Messages: normalisation of how scammers write, explainable signals, a statistical
 * classifier trained on the project's own corpus, and the verdict.
 */
@NullMarked
package vn.canhgiac.engine.text;

import org.jspecify.annotations.NullMarked;
