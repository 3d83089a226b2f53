package vn.canhgiac.app.accounts;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

import vn.canhgiac.app.directory.DirectoryManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(properties = { "canhgiac.mode=production", "canhgiac.command=admin" })
class ProductionModeTests {

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AdminCommandLine adminCommand;

	@Test
	void productionSeedsNothingAndRefusesTheDemoPassword() {
		assertThat(this.directory.units()).noneMatch((u) -> u.code().equals("HV"));
		assertThat(this.accounts.account("staff")).isEmpty();
		assertThatThrownBy(() -> this.accounts.createAccount("someone", "canhgiac-demo-2026", null, Set.of(Role.STAFF)))
			.isInstanceOf(PasswordRefused.class);
	}

	@Test
	void adminCommandCreatesTheFirstAdministrator() {
		InputStream stdin = System.in;
		System.setIn(new ByteArrayInputStream("Mật khẩu quản trị rất dài 2026\n".getBytes(StandardCharsets.UTF_8)));
		try {
			this.adminCommand.run(new DefaultApplicationArguments("admin", "create-user", "--username", "root.admin",
					"--name", "Đinh Công Trứ", "--role", "POLICE_ADMIN", "--unit-code", "CA-TINH", "--unit-name",
					"Công an tỉnh", "--unit-kind", "POLICE"));
		}
		finally {
			System.setIn(stdin);
		}
		assertThat(this.adminCommand.getExitCode()).isZero();
		assertThat(this.accounts.account("root.admin")).get()
			.satisfies((a) -> assertThat(a.roles()).containsExactly(Role.POLICE_ADMIN));
		assertThat(this.directory.unitByCode("CA-TINH")).isPresent();
	}

	@Test
	void adminCommandWithoutAUnitNameForANewUnitFailsClearly() {
		this.adminCommand.run(new DefaultApplicationArguments("admin", "create-user", "--username", "x.admin", "--name",
				"X", "--role", "POLICE_ADMIN", "--unit-code", "NO-SUCH"));
		assertThat(this.adminCommand.getExitCode()).isEqualTo(2);
		assertThat(this.accounts.account("x.admin")).isEmpty();
	}

}
