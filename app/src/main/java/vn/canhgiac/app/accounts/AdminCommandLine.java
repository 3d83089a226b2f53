package vn.canhgiac.app.accounts;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import vn.canhgiac.app.directory.DirectoryManagement;
import vn.canhgiac.app.directory.OrgUnit;
import vn.canhgiac.app.directory.UnitKind;

/**
 * {@code bin/canhgiac admin create-user ...}: bootstraps the first administrator of a
 * production installation, which seeds nothing. The password is read from the terminal
 * (or one line of standard input), never from the command line where {@code ps} would
 * show it.
 */
@Component
@ConditionalOnProperty(name = "canhgiac.command", havingValue = "admin")
class AdminCommandLine implements ApplicationRunner, ExitCodeGenerator {

	private final AccountManagement accounts;

	private final DirectoryManagement directory;

	private int exitCode;

	AdminCommandLine(AccountManagement accounts, DirectoryManagement directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		String[] source = args.getSourceArgs();
		String[] rest = Arrays.copyOfRange(source, Math.min(1, source.length), source.length);
		CommandLine commandLine = new CommandLine(new Admin()).addSubcommand(new CreateUser());
		commandLine.setOut(new PrintWriter(System.out, true)).setErr(new PrintWriter(System.err, true));
		this.exitCode = commandLine.execute(rest);
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	@Command(name = "admin", mixinStandardHelpOptions = true,
			description = "Quản trị / administration commands that use the configured database.")
	static final class Admin {

	}

	@Command(name = "create-user", mixinStandardHelpOptions = true,
			description = "Tạo tài khoản (ví dụ quản trị viên đầu tiên) / create an account, e.g. the first administrator.")
	final class CreateUser implements Callable<Integer> {

		@Option(names = "--username", required = true, description = "login name")
		String username = "";

		@Option(names = "--name", required = true, description = "full name / họ tên")
		String fullName = "";

		@Option(names = "--role", required = true, split = ",",
				description = "roles: STAFF, UNIT_ADMIN, POLICE_OFFICER, POLICE_ADMIN, LEADER")
		List<Role> roles = List.of();

		@Option(names = "--unit-code", required = true, description = "code of the person's unit")
		String unitCode = "";

		@Option(names = "--unit-name", description = "creates the unit as a root unit when the code is new")
		@Nullable String unitName;

		@Option(names = "--unit-kind", defaultValue = "PROVINCE",
				description = "kind of a new unit: ${COMPLETION-CANDIDATES}")
		UnitKind unitKind = UnitKind.PROVINCE;

		@Option(names = "--email", description = "e-mail address")
		@Nullable String email;

		@Override
		public Integer call() throws IOException {
			OrgUnit unit = AdminCommandLine.this.directory.unitByCode(this.unitCode).orElse(null);
			if (unit == null && this.unitName == null) {
				System.err.println("Chưa có đơn vị mã " + this.unitCode + ": thêm --unit-name để tạo. / No unit "
						+ this.unitCode + ": add --unit-name to create it.");
				return 2;
			}
			String password = readPassword();
			if (password == null) {
				System.err
					.println("Không nhận được mật khẩu / no password given (type it, or pipe one line on stdin).");
				return 2;
			}
			try {
				long unitId = (unit != null) ? unit.id()
						: AdminCommandLine.this.directory.createUnit(null, this.unitCode, this.unitName, this.unitKind);
				long personId = AdminCommandLine.this.directory.addPerson(unitId, this.fullName, null, this.email,
						null);
				Set<Role> roleSet = this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles);
				AdminCommandLine.this.accounts.createAccount(this.username, password, personId, roleSet);
			}
			catch (PasswordRefused ex) {
				System.err.println(ex.messageVi() + " / " + ex.getMessage());
				return 2;
			}
			catch (IllegalArgumentException ex) {
				System.err.println(ex.getMessage());
				return 2;
			}
			System.out.println("Đã tạo tài khoản / account created: " + this.username + " " + this.roles);
			return 0;
		}

		private @Nullable String readPassword() throws IOException {
			Console console = System.console();
			if (console != null) {
				char[] first = console.readPassword("Mật khẩu / password: ");
				char[] second = console.readPassword("Nhập lại / again: ");
				if (first == null || second == null || !Arrays.equals(first, second)) {
					return null;
				}
				return new String(first);
			}
			String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			return (line == null || line.isEmpty()) ? null : line;
		}

	}

}
