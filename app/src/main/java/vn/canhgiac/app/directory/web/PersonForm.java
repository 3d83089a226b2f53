package vn.canhgiac.app.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

public record PersonForm(@NotNull @Nullable Long unitId, @NotBlank @Size(max = 200) @Nullable String fullName,
		@Size(max = 200) @Nullable String position, @Size(max = 254) @Nullable String email,
		@Size(max = 40) @Nullable String phone, @Nullable Boolean active) {

	boolean isActive() {
		return Boolean.TRUE.equals(this.active);
	}

}
