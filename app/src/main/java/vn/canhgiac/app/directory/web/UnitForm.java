package vn.canhgiac.app.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.app.directory.UnitKind;

public record UnitForm(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+") @Nullable String code,
		@NotBlank @Size(max = 200) @Nullable String name, @NotNull @Nullable UnitKind kind) {

}
