package vn.canhgiac.app.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canhgiac.app.directory.AuthenticatedPerson;
import vn.canhgiac.app.directory.DirectoryManagement;
import vn.canhgiac.app.directory.OrgUnit;
import vn.canhgiac.app.directory.Person;

/**
 * Creates accounts, loads them for login, and looks after their passwords and sessions.
 */
@Service
public class AccountManagement implements UserDetailsService {

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final DirectoryManagement directory;

	private final AccountSecurityProperties properties;

	private final Clock clock = Clock.systemUTC();

	AccountManagement(Accounts accounts, PasswordEncoder passwordEncoder, PasswordPolicy policy,
			DirectoryManagement directory, AccountSecurityProperties properties) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.directory = directory;
		this.properties = properties;
	}

	/**
	 * Creates an account after checking the password policy.
	 * @throws PasswordRefused if the password breaks the policy
	 * @throws IllegalArgumentException if the username is taken or invalid
	 */
	@Transactional
	public long createAccount(String username, String rawPassword, @Nullable Long personId, Set<Role> roles) {
		String name = username.strip();
		if (!name.matches("[A-Za-z0-9._-]{3,64}")) {
			throw new IllegalArgumentException(
					"Username must be 3–64 letters, digits, dot, dash or underscore / Tên đăng nhập 3–64 ký tự a-z, 0-9, . _ -");
		}
		if (this.accounts.byUsername(name).isPresent()) {
			throw new IllegalArgumentException("Username already exists / Tên đăng nhập đã tồn tại: " + name);
		}
		Optional<String[]> problem = this.policy.problem(rawPassword, List.of(name));
		if (problem.isPresent()) {
			throw new PasswordRefused(problem.get()[0], problem.get()[1]);
		}
		return this.accounts.insert(name, personId, this.passwordEncoder.encode(PasswordPolicy.normalize(rawPassword)),
				roles);
	}

	public Optional<Account> account(String username) {
		return this.accounts.byUsername(username);
	}

	/** The enabled account of a person in the directory, if they have one. */
	public Optional<Long> accountOfPerson(long personId) {
		return this.accounts.idOfPerson(personId);
	}

	/** Enabled accounts holding {@code role} in exactly this unit, by name. */
	public List<Colleague> withRoleInUnit(Role role, long unitId) {
		return this.accounts.withRoleInUnit(role, unitId);
	}

	/**
	 * Work e-mail addresses of the enabled accounts with this role, for reports sent to
	 * them.
	 */
	public List<String> emailsOfRole(Role role) {
		return this.accounts.emailsOfRole(role);
	}

	public long accountCount() {
		return this.accounts.count();
	}

	public List<String> usernames() {
		return this.accounts.usernames();
	}

	/**
	 * Changes the user's own password.
	 * @throws PasswordRefused if the current password is wrong, the new one breaks the
	 * policy or was used recently
	 */
	@Transactional
	public void changePassword(CanhGiacUser user, String currentPassword, String newPassword) {
		Account account = this.accounts.byId(user.accountId()).orElseThrow();
		if (!this.passwordEncoder.matches(PasswordPolicy.normalize(currentPassword), account.passwordHash())) {
			throw new PasswordRefused("Mật khẩu hiện tại không đúng.", "The current password is wrong.");
		}
		String normalized = PasswordPolicy.normalize(newPassword);
		Optional<String[]> problem = this.policy.problem(normalized, personalWords(user));
		if (problem.isPresent()) {
			throw new PasswordRefused(problem.get()[0], problem.get()[1]);
		}
		int history = Math.max(1, this.properties.passwordHistory());
		for (String previous : this.accounts.recentPasswordHashes(account.id(), history)) {
			if (this.passwordEncoder.matches(normalized, previous)) {
				throw new PasswordRefused(
						"Không được dùng lại " + history + " mật khẩu gần nhất. Hãy chọn mật khẩu mới.",
						"You may not reuse any of your last " + history + " passwords.");
			}
		}
		this.accounts.changePassword(account.id(), this.passwordEncoder.encode(normalized), history - 1);
	}

	/** What an attacker who knows this person would try first. */
	public List<String> personalWords(CanhGiacUser user) {
		return List.of(user.username(), user.displayName());
	}

	public PasswordStatus passwordStatus(CanhGiacUser user) {
		Accounts.PasswordAge age = this.accounts.passwordAge(user.accountId()).orElseThrow();
		long days = Duration.between(age.changedAt(), this.clock.instant()).toDays();
		AccountSecurityProperties.Rotation rotation = this.properties.rotationFor(user.roles());
		Integer force = rotation.forceAfterDays();
		boolean required = age.mustChange() || (force != null && days >= force);
		return new PasswordStatus(age.changedAt(), days, required || days >= rotation.remindAfterDays(), required);
	}

	/**
	 * Makes the user choose a new password at the next login (an administrator's
	 * decision, e.g. after a suspected leak).
	 */
	public void requirePasswordChange(long accountId) {
		this.accounts.requirePasswordChange(accountId);
	}

	/**
	 * An administrator makes a user of their units choose a new password at the next
	 * login; recorded.
	 * @return false if the administrator may not act on that account
	 */
	@Transactional
	public boolean requirePasswordChange(AuthenticatedPerson admin, long accountId) {
		if (!mayAdminister(admin, accountId)) {
			return false;
		}
		this.accounts.requirePasswordChange(accountId);
		this.accounts.recordSecurityEvent(accountId, admin.accountId(), "PASSWORD_CHANGE_REQUIRED_BY_ADMIN");
		return true;
	}

	public List<LoginRecord> recentLogins(long accountId) {
		return this.accounts.recentLogins(accountId, 10);
	}

	void recordLogin(long accountId, @Nullable String remoteAddress, boolean secondFactor) {
		this.accounts.recordLogin(accountId, remoteAddress, secondFactor);
	}

	/** Ends every session of the account, on every node, at their next request. */
	public void endAllSessions(long accountId) {
		this.accounts.endAllSessions(accountId);
	}

	/** Disables or enables an account; disabling ends its sessions at once. */
	@Transactional
	public void setEnabled(long accountId, boolean enabled) {
		this.accounts.setEnabled(accountId, enabled);
	}

	/**
	 * The accounts of the people in the units an administrator administers, with their
	 * second factor and password age (never a password).
	 */
	public List<AccountCoverage> coverage(AuthenticatedPerson admin) {
		Map<Long, String> names = new HashMap<>();
		for (OrgUnit unit : this.directory.administeredUnits(admin)) {
			for (Person person : this.directory.peopleIn(unit.id())) {
				names.put(person.id(), person.fullName());
			}
		}
		return this.accounts.coverage(names.keySet())
			.stream()
			.map((row) -> row.withFullName(names.getOrDefault(row.personId(), "")))
			.toList();
	}

	/** Whether an administrator may act on the account (it belongs to their units). */
	public boolean mayAdminister(AuthenticatedPerson admin, long accountId) {
		return this.accounts.byId(accountId)
			.map(Account::personId)
			.flatMap(this.directory::person)
			.map((person) -> this.directory.mayAdminister(admin, person.unitId()))
			.orElse(false);
	}

	Optional<Account> accountById(long accountId) {
		return this.accounts.byId(accountId);
	}

	void recordSecurityEvent(long accountId, @Nullable Long actorId, String kind) {
		this.accounts.recordSecurityEvent(accountId, actorId, kind);
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.byUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		Optional<Person> person = Optional.ofNullable(account.personId()).flatMap(this.directory::person);
		return new CanhGiacUser(account, person.map(Person::fullName).orElse(account.username()),
				person.map(Person::unitId).orElse(null));
	}

}
