package vn.canhgiac.app.directory.web;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import vn.canhgiac.app.directory.AuthenticatedPerson;
import vn.canhgiac.app.directory.DirectoryManagement;
import vn.canhgiac.app.directory.Person;

/**
 * Adding and editing people, within the units the administrator administers.
 */
@Controller
class PersonAdminController {

	private final DirectoryManagement directory;

	PersonAdminController(DirectoryManagement directory) {
		this.directory = directory;
	}

	@GetMapping("/admin/units/{unitId}/people/new")
	String newPerson(@PathVariable long unitId, @AuthenticationPrincipal AuthenticatedPerson admin, Model model) {
		checkAdministers(unitId, admin);
		model.addAttribute("form", new PersonForm(unitId, null, null, null, null, true));
		return form(model, admin, null);
	}

	@PostMapping("/admin/units/{unitId}/people/new")
	String create(@PathVariable long unitId, @Valid @ModelAttribute("form") PersonForm form, BindingResult errors,
			@AuthenticationPrincipal AuthenticatedPerson admin, Model model) {
		checkAdministers(unitId, admin);
		validate(form, errors, null, admin);
		if (errors.hasErrors()) {
			return form(model, admin, null);
		}
		this.directory.addPerson(form.unitId(), form.fullName(), blankToNull(form.position()),
				blankToNull(form.email()), blankToNull(form.phone()));
		return "redirect:/admin/units/" + form.unitId() + "?saved";
	}

	@GetMapping("/admin/people/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal AuthenticatedPerson admin, Model model) {
		Person person = administered(id, admin);
		model.addAttribute("form", new PersonForm(person.unitId(), person.fullName(), person.position(), person.email(),
				person.phone(), person.active()));
		return form(model, admin, person);
	}

	@PostMapping("/admin/people/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult errors,
			@AuthenticationPrincipal AuthenticatedPerson admin, Model model) {
		Person person = administered(id, admin);
		validate(form, errors, id, admin);
		if (errors.hasErrors()) {
			return form(model, admin, person);
		}
		this.directory.updatePerson(new Person(id, form.unitId(), form.fullName(), blankToNull(form.position()),
				blankToNull(form.email()), blankToNull(form.phone()), form.isActive()));
		return "redirect:/admin/units/" + form.unitId() + "?saved";
	}

	private void validate(PersonForm form, BindingResult errors, @Nullable Long personId, AuthenticatedPerson admin) {
		if (form.unitId() != null && !this.directory.mayAdminister(admin, form.unitId())) {
			errors.rejectValue("unitId", "directory.person.unitNotAdministered");
		}
		String email = blankToNull(form.email());
		if (email != null && !errors.hasFieldErrors("email")) {
			if (!DirectoryManagement.isValidEmail(email)) {
				errors.rejectValue("email", "directory.person.emailInvalid");
			}
			else if (this.directory.emailTaken(email, personId)) {
				errors.rejectValue("email", "directory.person.emailTaken");
			}
		}
		String phone = blankToNull(form.phone());
		if (phone != null && !errors.hasFieldErrors("phone") && !DirectoryManagement.isValidPhone(phone)) {
			errors.rejectValue("phone", "directory.person.phoneInvalid");
		}
	}

	private String form(Model model, AuthenticatedPerson admin, @Nullable Person person) {
		model.addAttribute("person", person);
		model.addAttribute("units", this.directory.administeredUnits(admin));
		return "directory/person-form";
	}

	private Person administered(long id, AuthenticatedPerson admin) {
		Person person = this.directory.person(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		checkAdministers(person.unitId(), admin);
		return person;
	}

	private void checkAdministers(long unitId, AuthenticatedPerson admin) {
		if (this.directory.unit(unitId).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (!this.directory.mayAdminister(admin, unitId)) {
			throw new AccessDeniedException("not an administrator of unit " + unitId);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
