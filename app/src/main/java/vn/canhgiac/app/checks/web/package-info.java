/**
 * The pages of the checks module. {@link vn.canhgiac.app.checks.web.CheckView} and the
 * picture rendering are shared with the case pages, which show a case's analyses the way
 * the person who asked saw them.
 */
@NamedInterface("views")
@NullMarked
package vn.canhgiac.app.checks.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
