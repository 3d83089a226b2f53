package vn.canhgiac.app.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.sun.security.auth.module.UnixSystem;

/**
 * PostgreSQL refuses to run as root. When the portal runs as root (containers, CI, a
 * quick try on a server), its tools are started in a new user namespace without a uid
 * mapping: inside it they run as the overflow uid, so PostgreSQL's root check passes,
 * while outside it they keep the caller's credentials, so files keep their owner and the
 * caller's home directory stays reachable. No user account or {@code chown} is needed.
 */
final class UserNamespace {

	private static final Path UNSHARE = Path.of("/usr/bin/unshare");

	private UserNamespace() {
	}

	static List<String> prefixForPostgres() {
		if (new UnixSystem().getUid() != 0) {
			return List.of();
		}
		if (!Files.isExecutable(UNSHARE)) {
			throw new IllegalStateException("Running as root, the embedded PostgreSQL needs /usr/bin/unshare "
					+ "(util-linux). Run as a normal user, or configure an external database with SPRING_DATASOURCE_URL.");
		}
		return List.of(UNSHARE.toString(), "--user");
	}

}
