package vn.canhgiac.app.accounts;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class AccountSecurityPropertiesTests {

	@Test
	void bindsRotationPerRoleAndRequiredRoles() {
		Map<String, String> settings = Map.of("canhgiac.accounts.rotation.POLICE_OFFICER.remind-after-days", "90",
				"canhgiac.accounts.rotation.POLICE_OFFICER.force-after-days", "365",
				"canhgiac.accounts.totp-required-roles", "POLICE_OFFICER,LEADER");
		AccountSecurityProperties properties = new Binder(new MapConfigurationPropertySource(settings))
			.bindOrCreate("canhgiac.accounts", AccountSecurityProperties.class);
		assertThat(properties.rotation().get(Role.POLICE_OFFICER))
			.isEqualTo(new AccountSecurityProperties.Rotation(90, 365));
		assertThat(properties.totpRequiredRoles()).containsExactlyInAnyOrder(Role.POLICE_OFFICER, Role.LEADER);
	}

	@Test
	void defaultsAreAReminderAndBoundedDelays() {
		AccountSecurityProperties properties = new Binder(new MapConfigurationPropertySource(Map.of()))
			.bindOrCreate("canhgiac.accounts", AccountSecurityProperties.class);
		assertThat(properties.rotationFor(java.util.EnumSet.allOf(Role.class)))
			.isEqualTo(AccountSecurityProperties.Rotation.DEFAULT);
		assertThat(properties.passwordHistory()).isEqualTo(5);
		assertThat(properties.maxDelay()).isEqualTo(Duration.ofMinutes(15));
		assertThat(properties.pwnedRangeUrl()).isNull();
		assertThat(properties.totpRequiredRoles()).isNull();
	}

}
