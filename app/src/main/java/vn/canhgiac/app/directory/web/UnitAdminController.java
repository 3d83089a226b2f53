package vn.canhgiac.app.directory.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

import vn.canhgiac.app.directory.AuthenticatedPerson;
import vn.canhgiac.app.directory.DirectoryManagement;
import vn.canhgiac.app.directory.OrgUnit;
import vn.canhgiac.app.directory.UnitKind;

/**
 * Administration of the unit tree: police administrators everywhere, unit administrators
 * within their own unit.
 */
@Controller
@RequestMapping("/admin/units")
class UnitAdminController {

	private final DirectoryManagement directory;

	UnitAdminController(DirectoryManagement directory) {
		this.directory = directory;
	}

	@GetMapping
	String tree(@AuthenticationPrincipal AuthenticatedPerson admin, Model model) {
		model.addAttribute("tree",
				UnitTree.of(this.directory.administeredUnits(admin), this.directory.activePeopleByUnit()));
		model.addAttribute("mayCreateRoot", admin.hasRole("POLICE_ADMIN"));
		return "directory/units";
	}

	@GetMapping("/{id}")
	String unit(@PathVariable long id, @AuthenticationPrincipal AuthenticatedPerson admin, Model model) {
		OrgUnit unit = administered(id, admin);
		List<OrgUnit> children = this.directory.units()
			.stream()
			.filter((u) -> u.parentId() != null && u.parentId() == id)
			.toList();
		model.addAttribute("unit", unit);
		List<OrgUnit> path = new java.util.ArrayList<>(this.directory.ancestry(id));
		java.util.Collections.reverse(path);
		model.addAttribute("path", path);
		model.addAttribute("children", children);
		model.addAttribute("people", this.directory.peopleIn(id));
		return "directory/unit";
	}

	@GetMapping("/new")
	String newUnit(@RequestParam(required = false) Long parent, @AuthenticationPrincipal AuthenticatedPerson admin,
			Model model) {
		checkMayCreateUnder(parent, admin);
		model.addAttribute("form", new UnitForm(null, null, UnitKind.AGENCY));
		model.addAttribute("parent", parent == null ? null : this.directory.unit(parent).orElse(null));
		return "directory/unit-form";
	}

	@PostMapping("/new")
	String create(@RequestParam(required = false) Long parent, @Valid @ModelAttribute("form") UnitForm form,
			BindingResult errors, @AuthenticationPrincipal AuthenticatedPerson admin, Model model) {
		checkMayCreateUnder(parent, admin);
		if (!errors.hasFieldErrors("code") && this.directory.unitCodeTaken(form.code(), null)) {
			errors.rejectValue("code", "directory.unit.codeTaken");
		}
		if (errors.hasErrors()) {
			model.addAttribute("parent", parent == null ? null : this.directory.unit(parent).orElse(null));
			return "directory/unit-form";
		}
		long id = this.directory.createUnit(parent, form.code(), form.name(), form.kind());
		return "redirect:/admin/units/" + id + "?saved";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal AuthenticatedPerson admin, Model model) {
		OrgUnit unit = administered(id, admin);
		model.addAttribute("unit", unit);
		model.addAttribute("form", new UnitForm(unit.code(), unit.name(), unit.kind()));
		return "directory/unit-form";
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult errors,
			@AuthenticationPrincipal AuthenticatedPerson admin, Model model) {
		OrgUnit unit = administered(id, admin);
		if (!errors.hasFieldErrors("code") && this.directory.unitCodeTaken(form.code(), id)) {
			errors.rejectValue("code", "directory.unit.codeTaken");
		}
		if (errors.hasErrors()) {
			model.addAttribute("unit", unit);
			return "directory/unit-form";
		}
		this.directory.updateUnit(id, form.code(), form.name(), form.kind());
		return "redirect:/admin/units/" + id + "?saved";
	}

	private OrgUnit administered(long id, AuthenticatedPerson admin) {
		OrgUnit unit = this.directory.unit(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!this.directory.mayAdminister(admin, id)) {
			throw new AccessDeniedException("not an administrator of unit " + id);
		}
		return unit;
	}

	private void checkMayCreateUnder(Long parent, AuthenticatedPerson admin) {
		boolean allowed = (parent == null) ? admin.hasRole("POLICE_ADMIN")
				: this.directory.mayAdminister(admin, parent);
		if (!allowed) {
			throw new AccessDeniedException("may not create a unit here");
		}
	}

}
