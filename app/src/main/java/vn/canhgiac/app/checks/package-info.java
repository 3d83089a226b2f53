/**
 * "Check something suspicious": messages, links, files and images are stored as evidence
 * and analysed by the engine (texts at once, files and images by a durable background
 * queue); the results are kept for the person who asked.
 */
@NullMarked
package vn.canhgiac.app.checks;

import org.jspecify.annotations.NullMarked;
