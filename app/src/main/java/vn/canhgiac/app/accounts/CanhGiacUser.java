package vn.canhgiac.app.accounts;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.canhgiac.app.directory.AuthenticatedPerson;

/**
 * The signed-in user: account, roles, and where the person sits in the directory.
 */
public final class CanhGiacUser implements UserDetails, CredentialsContainer, AuthenticatedPerson, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String username;

	private final String displayName;

	private final @Nullable Long personId;

	private final @Nullable Long unitId;

	private final Set<Role> roles;

	private final boolean enabled;

	private @Nullable String passwordHash;

	CanhGiacUser(Account account, String displayName, @Nullable Long unitId) {
		this.accountId = account.id();
		this.username = account.username();
		this.displayName = displayName;
		this.personId = account.personId();
		this.unitId = unitId;
		this.roles = Set.copyOf(account.roles());
		this.enabled = account.enabled();
		this.passwordHash = account.passwordHash();
	}

	@Override
	public long accountId() {
		return this.accountId;
	}

	public Set<Role> roles() {
		return this.roles;
	}

	@Override
	public String username() {
		return this.username;
	}

	@Override
	public String displayName() {
		return this.displayName;
	}

	@Override
	public @Nullable Long personId() {
		return this.personId;
	}

	@Override
	public @Nullable Long unitId() {
		return this.unitId;
	}

	@Override
	public Set<String> roleNames() {
		return this.roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
