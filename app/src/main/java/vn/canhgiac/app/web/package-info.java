/**
 * The user interface shell: layout, the home page of each role, languages, error pages.
 */
@NullMarked
package vn.canhgiac.app.web;

import org.jspecify.annotations.NullMarked;
