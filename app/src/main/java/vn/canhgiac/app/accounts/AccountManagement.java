package vn.canhgiac.app.accounts;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canhgiac.app.directory.DirectoryManagement;
import vn.canhgiac.app.directory.Person;

/**
 * Creates accounts and loads them for login.
 */
@Service
public class AccountManagement implements UserDetailsService {

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final DirectoryManagement directory;

	AccountManagement(Accounts accounts, PasswordEncoder passwordEncoder, PasswordPolicy policy,
			DirectoryManagement directory) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.directory = directory;
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
		Optional<String[]> problem = this.policy.problem(rawPassword);
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

	public long accountCount() {
		return this.accounts.count();
	}

	public List<String> usernames() {
		return this.accounts.usernames();
	}

	void recordLogin(String username) {
		this.accounts.recordLogin(username);
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
