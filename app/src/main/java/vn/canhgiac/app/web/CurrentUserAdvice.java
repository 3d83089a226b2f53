package vn.canhgiac.app.web;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.canhgiac.app.directory.AuthenticatedPerson;

/**
 * Makes the signed-in user available to the layout of every page.
 */
@ControllerAdvice
class CurrentUserAdvice {

	@ModelAttribute("currentUser")
	@Nullable AuthenticatedPerson currentUser(@AuthenticationPrincipal @Nullable AuthenticatedPerson user) {
		return user;
	}

}
