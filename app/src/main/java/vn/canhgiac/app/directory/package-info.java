/**
 * Directory: organisation units as a tree of any depth, people, and police stations with
 * the communes they serve.
 */
@NullMarked
package vn.canhgiac.app.directory;

import org.jspecify.annotations.NullMarked;
